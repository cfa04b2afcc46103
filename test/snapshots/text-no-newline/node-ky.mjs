import ky from 'ky';

const text = await ky('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays',
}).text();
console.log(text);
