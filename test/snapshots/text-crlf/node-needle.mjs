import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/notes', 'line one\r\nline two\r\n', {
  headers: {
    'Content-Type': 'text/plain',
  },
});
console.log(response.body);
