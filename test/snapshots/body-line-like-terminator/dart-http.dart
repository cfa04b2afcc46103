import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/notes'));
  request.headers['Content-Type'] = 'text/plain';
  request.bodyBytes = utf8.encode('\n\nBODYBODY\n  BODY2 indented\nEOF\n');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
