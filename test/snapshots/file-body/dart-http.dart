import 'dart:io';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('PUT', Uri.parse('{{baseUrl}}/blobs/upload.txt'));
  request.headers['Content-Type'] = 'application/octet-stream';
  request.bodyBytes = await File('upload.txt').readAsBytes();

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
