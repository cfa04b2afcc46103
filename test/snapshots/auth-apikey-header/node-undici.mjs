import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/reports', {
  headers: {
    'X-API-Key': 'k3y$#{x}',
  },
});
console.log(statusCode, await body.text());
