import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/notes', 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays', {
  headers: {
    'Content-Type': 'text/plain',
  },
});
console.log(response.body);
