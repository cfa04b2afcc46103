import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/echo'));
  request.headers['X-Shell'] = '"; rm -rf ~; " \$(id) `id` #{system(\'id\')} \\(exploit) \${HOME} \'; require(\'child_process\').exec(\'id\'); \' <?php */ %s';
  request.headers['X-Quotes'] = '\'single\' "double" `back` \\back\\slash\\';
  request.headers['X-Interp'] = '#{1+1} \${1+1} \\(1+1) {\$x} \$x @x #\$x #@x %(x)s {0}';
  request.headers['X-Comment'] = '*/ /* // # -- <!-- ?>';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
