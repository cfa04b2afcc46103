const response = await fetch('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: `\tindented

  spaced  

`,
});
console.log(await response.text());
