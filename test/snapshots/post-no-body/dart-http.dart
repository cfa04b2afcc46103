import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/jobs/42/run'));

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
