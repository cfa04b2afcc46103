import ky from 'ky';

const text = await ky('{{baseUrl}}/items', {
  method: 'DELETE',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"ids": [1, 2, 3]}',
}).text();
console.log(text);
