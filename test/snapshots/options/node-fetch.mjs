const response = await fetch('{{baseUrl}}/cors', {
  method: 'OPTIONS',
  headers: {
    'Origin': 'https://app.example.com',
    'Access-Control-Request-Method': 'PUT',
  },
});
console.log(await response.text());
