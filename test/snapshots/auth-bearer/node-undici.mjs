import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
  },
});
console.log(statusCode, await body.text());
