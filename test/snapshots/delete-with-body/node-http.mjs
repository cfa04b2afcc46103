import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/items');
const body = Buffer.from('{"ids": [1, 2, 3]}');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'DELETE',
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
