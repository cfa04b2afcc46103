import ky from 'ky';

const text = await ky('{{baseUrl}}/v1/users?limit=10&page=2', {
  headers: {
    'Accept': 'application/json',
  },
}).text();
console.log(text);
