import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('GET', Uri.parse('{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10'));
  request.headers['X-API-Key'] = '{{api_key}}';
  request.headers['Cookie'] = 'session={{session_id}}; api_key={{api_key}}';
  request.headers['X-Note'] = '"; rm -rf ~; "';
  request.headers['Authorization'] = 'Bearer {{bearerAuth}}';

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
