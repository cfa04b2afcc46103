const response = await fetch('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
  },
});
console.log(await response.text());
