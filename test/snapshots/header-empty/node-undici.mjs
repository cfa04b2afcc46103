import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/empty', {
  headers: {
    'X-Empty': '',
    'X-After': 'set',
  },
});
console.log(statusCode, await body.text());
