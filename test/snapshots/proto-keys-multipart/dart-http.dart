import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.MultipartRequest('POST', Uri.parse('{{baseUrl}}/objects'));
  request.fields['__proto__'] = 'f1';
  request.fields['constructor'] = 'f2';
  request.fields['prototype'] = 'f3';
  request.fields['toString'] = 'f4';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
