import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/reports'));
  request.headers['X-API-Key'] = 'k3y\$#{x}';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
