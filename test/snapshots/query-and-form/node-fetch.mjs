const response = await fetch('{{baseUrl}}/login?next=/home&lang=en', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['user', 'ann@example.com'],
    ['pass', 'p@ss w0rd&'],
  ]),
});
console.log(await response.text());
