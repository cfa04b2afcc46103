import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4'));
  request.headers['__proto__'] = 'h1';
  request.headers['constructor'] = 'h2';
  request.headers['prototype'] = 'h3';
  request.headers['toString'] = 'h4';
  request.headers['Content-Type'] = 'application/x-www-form-urlencoded';
  request.bodyBytes = utf8.encode('__proto__=f1&constructor=f2&prototype=f3&valueOf=f4');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
