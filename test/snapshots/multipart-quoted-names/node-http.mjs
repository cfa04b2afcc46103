import http from 'node:http';
import https from 'node:https';
import { openAsBlob } from 'node:fs';

const url = new URL('{{baseUrl}}/upload');
const form = new FormData();
form.append('say %22hi%22', 'one');
form.append('a\\b%22c%22', 'two');
form.append('doc %22main%22', await openAsBlob('upload.txt', { type: 'text/plain' }), 'upload.txt');
form.append('quoted file', await openAsBlob('q"uote.txt'), 'q%22uote.txt');
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
