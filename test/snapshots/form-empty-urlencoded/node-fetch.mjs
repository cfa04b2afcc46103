const response = await fetch('{{baseUrl}}/settings', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Keep': 'yes',
  },
  body: '',
});
console.log(await response.text());
