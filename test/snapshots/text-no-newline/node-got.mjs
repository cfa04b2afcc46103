import got from 'got';

const response = await got('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays',
});
console.log(response.body);
