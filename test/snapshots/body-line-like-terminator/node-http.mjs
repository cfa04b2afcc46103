import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/notes');
const body = Buffer.from(`

BODYBODY
  BODY2 indented
EOF
`);

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
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
