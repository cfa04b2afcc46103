import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('OPTIONS', Uri.parse('{{baseUrl}}/cors'));
  request.headers['Origin'] = 'https://app.example.com';
  request.headers['Access-Control-Request-Method'] = 'PUT';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
