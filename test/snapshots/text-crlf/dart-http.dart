import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/notes'));
  request.headers['Content-Type'] = 'text/plain';
  request.bodyBytes = utf8.encode('line one\r\nline two\r\n');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
