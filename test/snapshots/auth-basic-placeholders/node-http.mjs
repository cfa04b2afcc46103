import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/pets');
const body = Buffer.from('{"name": "{{petName}}", "tag": "dog"}');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Authorization': 'Basic ' + Buffer.from('{{basicAuthUsername}}:{{basicAuthPassword}}').toString('base64'),
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
