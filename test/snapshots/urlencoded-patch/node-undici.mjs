import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/settings', {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: 'theme=dark%20mode&tag=a%26b&tag=c',
});
console.log(statusCode, await body.text());
