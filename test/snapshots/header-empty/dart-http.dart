import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/empty'));
  request.headers['X-Empty'] = '';
  request.headers['X-After'] = 'set';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
