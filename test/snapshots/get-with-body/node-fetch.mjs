const response = await fetch('{{baseUrl}}/search', {
  headers: {
    'Content-Type': 'application/json',
  },
});
console.log(await response.text());
