import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  headers: {
    'X-API-Key': '{{api_key}}',
    'Cookie': 'session={{session_id}}; api_key={{api_key}}',
    'X-Note': '"; rm -rf ~; "',
    'Authorization': 'Bearer {{bearerAuth}}',
  },
});
const response = await new Promise((resolve, reject) => {
  request.on('response', resolve).on('error', reject);
  request.end();
});
let text = '';
for await (const chunk of response.setEncoding('utf8')) text += chunk;
console.log(response.statusCode, text);
