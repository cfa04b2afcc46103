import ky from 'ky';

const text = await ky('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
  },
}).text();
console.log(text);
