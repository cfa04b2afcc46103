import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/v1/users?limit=10&page=2');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  headers: {
    'Accept': 'application/json',
  },
});
const response = await new Promise((resolve, reject) => {
  request.on('response', resolve).on('error', reject);
  request.end();
});
let text = '';
for await (const chunk of response.setEncoding('utf8')) text += chunk;
console.log(response.statusCode, text);
