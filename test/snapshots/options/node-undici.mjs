import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/cors', {
  method: 'OPTIONS',
  headers: {
    'Origin': 'https://app.example.com',
    'Access-Control-Request-Method': 'PUT',
  },
});
console.log(statusCode, await body.text());
