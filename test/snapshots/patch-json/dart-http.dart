import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('PATCH', Uri.parse('{{baseUrl}}/v1/users/{{userId}}'));
  request.headers['If-Match'] = 'W/"etag-1"';
  request.headers['X-Request-Id'] = '{{requestId}}';
  request.headers['Content-Type'] = 'application/json';
  request.bodyBytes = utf8.encode('{"name": "{{newName}}", "active": true}');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
