import needle from 'needle';

const response = await needle('DELETE', '{{baseUrl}}/items', '{"ids": [1, 2, 3]}', {
  headers: {
    'Content-Type': 'application/json',
  },
});
console.log(response.body);
