import ky from 'ky';

const text = await ky('{{baseUrl}}/cors', {
  method: 'OPTIONS',
  headers: {
    'Origin': 'https://app.example.com',
    'Access-Control-Request-Method': 'PUT',
  },
}).text();
console.log(text);
