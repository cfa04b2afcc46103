import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');

const request = (url.protocol === 'https:' ? https : http).request(url);
const response = await new Promise((resolve, reject) => {
  request.on('response', resolve).on('error', reject);
  request.end();
});
let text = '';
for await (const chunk of response.setEncoding('utf8')) text += chunk;
console.log(response.statusCode, text);
