import ky from 'ky';

const text = await ky('{{baseUrl}}/empty', {
  headers: {
    'X-Empty': '',
    'X-After': 'set',
  },
}).text();
console.log(text);
