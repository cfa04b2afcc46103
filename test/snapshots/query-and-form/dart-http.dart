import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/login?next=/home&lang=en'));
  request.headers['Content-Type'] = 'application/x-www-form-urlencoded';
  request.bodyBytes = utf8.encode('user=ann%40example.com&pass=p%40ss%20w0rd%26');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
