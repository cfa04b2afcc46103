import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: `\tindented

  spaced  

`,
});
console.log(statusCode, await body.text());
