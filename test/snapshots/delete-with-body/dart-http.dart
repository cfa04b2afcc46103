import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('DELETE', Uri.parse('{{baseUrl}}/items'));
  request.headers['Content-Type'] = 'application/json';
  request.bodyBytes = utf8.encode('{"ids": [1, 2, 3]}');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
