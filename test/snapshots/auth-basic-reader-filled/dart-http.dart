import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/me'));
  var credentials = base64.encode(utf8.encode('{{username}}' + ':' + '{{password}}'));
  request.headers['Authorization'] = 'Basic ' + credentials;

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
