import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/items', {
  method: 'DELETE',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"ids": [1, 2, 3]}',
});
console.log(data);
