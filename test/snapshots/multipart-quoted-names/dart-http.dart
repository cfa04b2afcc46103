import 'package:http/http.dart' as http;
import 'package:http_parser/http_parser.dart';

Future<void> main() async {
  var request = http.MultipartRequest('POST', Uri.parse('{{baseUrl}}/upload'));
  request.fields['say %22hi%22'] = 'one';
  request.fields['a\\b%22c%22'] = 'two';
  request.files.add(await http.MultipartFile.fromPath('doc %22main%22', 'upload.txt', filename: 'upload.txt', contentType: MediaType.parse('text/plain')));
  request.files.add(await http.MultipartFile.fromPath('quoted file', 'q"uote.txt', filename: 'q%22uote.txt'));

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
