import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/tags'));
  request.headers['X-Tag'] = 'alpha, beta, gamma';
  request.headers['Accept'] = 'text/plain';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
