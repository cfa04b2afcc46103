const response = await fetch('{{baseUrl}}/settings', {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['theme', 'dark mode'],
    ['tag', 'a&b'],
    ['tag', 'c'],
  ]),
});
console.log(await response.text());
