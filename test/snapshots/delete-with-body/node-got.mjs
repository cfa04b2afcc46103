import got from 'got';

const response = await got('{{baseUrl}}/items', {
  method: 'DELETE',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"ids": [1, 2, 3]}',
});
console.log(response.body);
