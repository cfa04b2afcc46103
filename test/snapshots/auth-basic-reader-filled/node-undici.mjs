import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Basic ' + Buffer.from('{{username}}:{{password}}').toString('base64'),
  },
});
console.log(statusCode, await body.text());
