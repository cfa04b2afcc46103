import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/cache/key', {
  method: 'PURGE',
});
console.log(statusCode, await body.text());
