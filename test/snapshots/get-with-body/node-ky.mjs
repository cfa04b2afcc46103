import ky from 'ky';

const text = await ky('{{baseUrl}}/search', {
  headers: {
    'Content-Type': 'application/json',
  },
}).text();
console.log(text);
