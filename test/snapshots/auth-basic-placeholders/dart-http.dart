import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/pets'));
  request.headers['Content-Type'] = 'application/json';
  var credentials = base64.encode(utf8.encode('{{basicAuthUsername}}' + ':' + '{{basicAuthPassword}}'));
  request.headers['Authorization'] = 'Basic ' + credentials;
  request.bodyBytes = utf8.encode('{"name": "{{petName}}", "tag": "dog"}');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
