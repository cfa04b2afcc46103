import http from 'node:http';
import https from 'node:https';
import { readFile } from 'node:fs/promises';

const url = new URL('{{baseUrl}}/blobs/upload.txt');
const body = await readFile('upload.txt');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/octet-stream',
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
