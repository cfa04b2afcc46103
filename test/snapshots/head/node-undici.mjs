import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/status', {
  method: 'HEAD',
  headers: {
    'X-Check': 'yes',
  },
});
console.log(statusCode, await body.text());
