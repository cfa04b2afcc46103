import ky from 'ky';

const text = await ky('{{baseUrl}}/reports', {
  headers: {
    'X-API-Key': 'k3y$#{x}',
  },
}).text();
console.log(text);
