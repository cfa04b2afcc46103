import 'dart:convert';

import 'package:http/http.dart' as http;

Future<void> main() async {
  var request = http.Request('POST', Uri.parse('{{baseUrl}}/v1/orders'));
  request.headers['Content-Type'] = 'application/json';
  request.bodyBytes = utf8.encode('''{
  "customer": "Zoë",
  "escaped": "caf\\u00e9 \\"quoted\\" \\\\ back",
  "items": [
    { "sku": "A-1", "qty": 2, "price": 9.90 },
    { "sku": "B-2", "qty": 1, "price": 1e3 }
  ],
  "note": "#{x} \${y} \\\\(z) `w`",
  "empty": {},
  "nothing": null
}
''');

  var response = await request.send();
  print(response.statusCode);
  print(await response.stream.bytesToString());
}
