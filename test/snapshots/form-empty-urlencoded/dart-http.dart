import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('PUT', Uri.parse('{{baseUrl}}/settings'));
  request.headers['Content-Type'] = 'application/x-www-form-urlencoded';
  request.headers['X-Keep'] = 'yes';
  request.bodyBytes = utf8.encode('');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
