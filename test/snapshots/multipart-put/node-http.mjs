import http from 'node:http';
import https from 'node:https';
import { openAsBlob } from 'node:fs';

const url = new URL('{{baseUrl}}/profile');
const form = new FormData();
form.append('name', 'Ada');
form.append('tag', 'a');
form.append('tag', 'b');
form.append('avatar', await openAsBlob('upload.txt', { type: 'text/plain' }), 'upload.txt');
// node:http has no multipart encoder: a fetch Response encodes the form and gives its boundary.
const multipart = new Response(form);
const body = Buffer.from(await multipart.arrayBuffer());

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'PUT',
  headers: {
    'X-Request-Id': '42',
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
