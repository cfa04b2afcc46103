import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/upload'));
  request.bodyBytes = utf8.encode('');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
