import ky from 'ky';

const text = await ky('{{baseUrl}}/settings', {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['theme', 'dark mode'],
    ['tag', 'a&b'],
    ['tag', 'c'],
  ]),
}).text();
console.log(text);
