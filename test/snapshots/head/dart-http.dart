import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('HEAD', Uri.parse('{{baseUrl}}/status'));
  request.headers['X-Check'] = 'yes';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
