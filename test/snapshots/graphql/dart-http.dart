import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/graphql'));
  request.headers['Content-Type'] = 'application/json';
  request.bodyBytes = utf8.encode('{"query":"query Hero(\$id: ID!) {\\n  hero(id: \$id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
