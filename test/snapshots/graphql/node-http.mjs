import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/graphql');
const body = Buffer.from('{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
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
