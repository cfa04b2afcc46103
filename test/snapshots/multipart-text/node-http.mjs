import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/upload');
const form = new FormData();
form.append('title', 'Hello');
form.append('bio', 'line 1\nline 2\r\nline 3');
form.append('name', 'Zoë 😀');
form.append('tag', 'a');
form.append('tag', 'b');
form.append('meta', '{"k":"v"}');
form.append('danger', '"; $(id) #{x} \\(y) \'');
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
