const response = await fetch('{{baseUrl}}/reports', {
  headers: {
    'X-API-Key': 'k3y$#{x}',
  },
});
console.log(await response.text());
