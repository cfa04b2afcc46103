import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: 'line one\r\nline two\r\n',
});
console.log(statusCode, await body.text());
