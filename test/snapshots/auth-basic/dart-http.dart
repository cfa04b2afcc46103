import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/me'));
  request.headers['Authorization'] = 'Basic YW5uOnBAc3M6d8O2cmQ=';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
