const response = await fetch('{{baseUrl}}/empty', {
  headers: {
    'X-Empty': '',
    'X-After': 'set',
  },
});
console.log(await response.text());
