import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/');

const request = (url.protocol === 'https:' ? https : http).request(url);
const response = await new Promise((resolve, reject) => {
  request.on('response', resolve).on('error', reject);
  request.end();
});
let text = '';
for await (const chunk of response.setEncoding('utf8')) text += chunk;
console.log(response.statusCode, text);
