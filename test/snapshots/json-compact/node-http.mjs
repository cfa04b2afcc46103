import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/v1/config');
const body = Buffer.from('{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
    'Content-Length': body.length,
  },
});
const response = await new Promise((resolve, reject) => {
  request.on('response', resolve).on('error', reject);
  request.end(body);
});
let text = '';
for await (const chunk of response.setEncoding('utf8')) text += chunk;
console.log(response.statusCode, text);
