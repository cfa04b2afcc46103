import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2');

const request = (url.protocol === 'https:' ? https : http).request(url);
const response = await new Promise((resolve, reject) => {
  request.on('response', resolve).on('error', reject);
  request.end();
});
let text = '';
for await (const chunk of response.setEncoding('utf8')) text += chunk;
console.log(response.statusCode, text);
