import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/login?next=/home&lang=en');
const body = Buffer.from('user=ann%40example.com&pass=p%40ss%20w0rd%26');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
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
