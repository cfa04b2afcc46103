import 'package:http/http.dart' as http;
import 'package:http_parser/http_parser.dart';

Future<void> main() async {
  var request = http.MultipartRequest('POST', Uri.parse('{{baseUrl}}/upload'));
  request.fields['description'] = 'A text file';
  request.fields['after'] = 'file';
  request.files.add(await http.MultipartFile.fromPath('document', 'upload.txt', filename: 'upload.txt', contentType: MediaType.parse('text/plain')));

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
