import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/items', {
  method: 'DELETE',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"ids": [1, 2, 3]}',
});
console.log(statusCode, await body.text());
