import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/upload', {
  method: 'POST',
  body: '',
});
console.log(statusCode, await body.text());
