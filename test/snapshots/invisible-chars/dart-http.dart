import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/inv'));
  request.headers['X-Tab'] = 'a\tb';
  request.headers['Content-Type'] = 'text/plain';
  request.bodyBytes = utf8.encode('tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\x01\x1F\x7Fdel\x85nel');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
