import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2'));

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
