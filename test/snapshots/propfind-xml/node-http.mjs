import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/dav/');
const body = Buffer.from(`<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`);

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'PROPFIND',
  headers: {
    'Depth': '1',
    'Content-Type': 'application/xml',
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
