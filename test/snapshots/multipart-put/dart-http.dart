import 'dart:convert';

import 'package:http/http.dart' as http;
import 'package:http_parser/http_parser.dart';

Future<void> main() async {
  var request = http.MultipartRequest('PUT', Uri.parse('{{baseUrl}}/profile'));
  request.headers['X-Request-Id'] = '42';
  request.fields['name'] = 'Ada';
  request.files.add(http.MultipartFile.fromBytes('tag', utf8.encode('a')));
  request.files.add(http.MultipartFile.fromBytes('tag', utf8.encode('b')));
  request.files.add(await http.MultipartFile.fromPath('avatar', 'upload.txt', filename: 'upload.txt', contentType: MediaType.parse('text/plain')));

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
