import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc'));

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
