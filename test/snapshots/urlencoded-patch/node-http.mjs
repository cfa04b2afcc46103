import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/settings');
const body = Buffer.from('theme=dark%20mode&tag=a%26b&tag=c');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
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
