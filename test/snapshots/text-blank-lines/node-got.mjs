import got from 'got';

const response = await got('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: `\tindented

  spaced  

`,
});
console.log(response.body);
