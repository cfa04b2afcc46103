import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/settings', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Keep': 'yes',
  },
  body: '',
});
console.log(statusCode, await body.text());
