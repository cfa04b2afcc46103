import ky from 'ky';

const text = await ky('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: 'line one\r\nline two\r\n',
}).text();
console.log(text);
