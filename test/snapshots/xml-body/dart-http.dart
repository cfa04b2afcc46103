import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/soap'));
  request.headers['SOAPAction'] = '"urn:Add"';
  request.headers['Content-Type'] = 'application/xml';
  request.bodyBytes = utf8.encode('''<?xml version="1.0" encoding="UTF-8"?>
<note id=\'1\'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>''');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
