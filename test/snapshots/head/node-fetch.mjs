const response = await fetch('{{baseUrl}}/status', {
  method: 'HEAD',
  headers: {
    'X-Check': 'yes',
  },
});
console.log(await response.text());
