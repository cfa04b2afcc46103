import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/me'));
  request.headers['Authorization'] = 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
