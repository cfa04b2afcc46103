import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/v1/users?limit=10&page=2', {
  headers: {
    'Accept': 'application/json',
  },
});
console.log(statusCode, await body.text());
