import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('PUT', Uri.parse('{{baseUrl}}/v1/config'));
  request.headers['Content-Type'] = 'application/json';
  request.bodyBytes = utf8.encode('{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
