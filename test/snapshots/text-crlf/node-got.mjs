import got from 'got';

const response = await got('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: 'line one\r\nline two\r\n',
});
console.log(response.body);
