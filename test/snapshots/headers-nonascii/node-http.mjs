import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/i18n');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  headers: {
    'X-Name': Buffer.from('Zoë ✓ 😀').toString('latin1'),
    'X-Latin': Buffer.from('café').toString('latin1'),
  },
});
const response = await new Promise((resolve, reject) => {
  request.on('response', resolve).on('error', reject);
  request.end();
});
let text = '';
for await (const chunk of response.setEncoding('utf8')) text += chunk;
console.log(response.statusCode, text);
