import 'dart:convert';

import 'package:http/http.dart' as http;
import 'package:http_parser/http_parser.dart';

Future<void> main() async {
  var request = http.MultipartRequest('POST', Uri.parse('{{baseUrl}}/upload'));
  request.fields['title'] = 'Hello';
  request.fields['bio'] = 'line 1\nline 2\r\nline 3';
  request.fields['name'] = 'Zoë 😀';
  request.fields['danger'] = '"; \$(id) #{x} \\(y) \'';
  request.files.add(http.MultipartFile.fromBytes('tag', utf8.encode('a')));
  request.files.add(http.MultipartFile.fromBytes('tag', utf8.encode('b')));
  request.files.add(http.MultipartFile.fromBytes('meta', utf8.encode('{"k":"v"}'), contentType: MediaType.parse('application/json')));

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
