import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/v1/users?limit=10&page=2'));
  request.headers['Accept'] = 'application/json';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
