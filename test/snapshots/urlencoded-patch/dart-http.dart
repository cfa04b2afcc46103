import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('PATCH', Uri.parse('{{baseUrl}}/settings'));
  request.headers['Content-Type'] = 'application/x-www-form-urlencoded';
  request.bodyBytes = utf8.encode('theme=dark%20mode&tag=a%26b&tag=c');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
