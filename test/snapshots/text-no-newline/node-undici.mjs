import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays',
});
console.log(statusCode, await body.text());
