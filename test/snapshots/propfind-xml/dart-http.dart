import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('PROPFIND', Uri.parse('{{baseUrl}}/dav/'));
  request.headers['Depth'] = '1';
  request.headers['Content-Type'] = 'application/xml';
  request.bodyBytes = utf8.encode('''<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
''');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
