import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/'));

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
