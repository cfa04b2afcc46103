import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/notes', `\tindented

  spaced  

`, {
  headers: {
    'Content-Type': 'text/plain',
  },
});
console.log(response.body);
