import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/form');
const body = Buffer.from('a%20b=c%26d%3De&plus=1%2B2%203&pct=50%25&utf=%C3%A9t%C3%A9%20%E2%98%83%20%F0%9F%98%80&k=first&k=second&empty=&multi=line1%0Aline2&q=%22%27%60%24x%20%23%7By%7D');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
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
