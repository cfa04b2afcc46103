import ky from 'ky';

const text = await ky('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: `\tindented

  spaced  

`,
}).text();
console.log(text);
