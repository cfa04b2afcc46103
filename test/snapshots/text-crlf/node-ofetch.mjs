import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: 'line one\r\nline two\r\n',
});
console.log(data);
