import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4');
const body = Buffer.from('__proto__=f1&constructor=f2&prototype=f3&valueOf=f4');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
    ['__proto__']: 'h1',
    'constructor': 'h2',
    'prototype': 'h3',
    'toString': 'h4',
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
