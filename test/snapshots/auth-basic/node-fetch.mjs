const response = await fetch('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Basic YW5uOnBAc3M6d8O2cmQ=',
  },
});
console.log(await response.text());
