const response = await fetch('{{baseUrl}}/v1/users?limit=10&page=2', {
  headers: {
    'Accept': 'application/json',
  },
});
console.log(await response.text());
