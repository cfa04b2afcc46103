import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/objects');
const form = new FormData();
form.append('__proto__', 'f1');
form.append('constructor', 'f2');
form.append('prototype', 'f3');
form.append('toString', 'f4');
// node:http has no multipart encoder: a fetch Response encodes the form and gives its boundary.
const multipart = new Response(form);
const body = Buffer.from(await multipart.arrayBuffer());

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
    'Content-Type': multipart.headers.get('Content-Type'),
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
