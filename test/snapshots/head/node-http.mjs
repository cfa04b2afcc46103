import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/status');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'HEAD',
  headers: {
    'X-Check': 'yes',
  },
});
const response = await new Promise((resolve, reject) => {
  request.on('response', resolve).on('error', reject);
  request.end();
});
let text = '';
for await (const chunk of response.setEncoding('utf8')) text += chunk;
console.log(response.statusCode, text);
