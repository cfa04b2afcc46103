const response = await fetch('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: 'line one\r\nline two\r\n',
});
console.log(await response.text());
