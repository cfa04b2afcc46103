import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: `\tindented

  spaced  

`,
});
console.log(data);
