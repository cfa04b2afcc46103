const response = await fetch('{{baseUrl}}/items', {
  method: 'DELETE',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"ids": [1, 2, 3]}',
});
console.log(await response.text());
