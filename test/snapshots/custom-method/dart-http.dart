import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('PURGE', Uri.parse('{{baseUrl}}/cache/key'));

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
