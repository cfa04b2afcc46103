import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/search'));
  request.headers['Content-Type'] = 'application/json';
  request.bodyBytes = utf8.encode('{"query": {"match_all": {}}}');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
