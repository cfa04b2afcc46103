const response = await fetch('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays',
});
console.log(await response.text());
