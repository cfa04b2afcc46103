const response = await fetch('{{baseUrl}}/tags', {
  headers: {
    'X-Tag': 'alpha, beta, gamma',
    'Accept': 'text/plain',
  },
});
console.log(await response.text());
