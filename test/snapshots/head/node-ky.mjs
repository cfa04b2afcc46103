import ky from 'ky';

const text = await ky('{{baseUrl}}/status', {
  method: 'HEAD',
  headers: {
    'X-Check': 'yes',
  },
}).text();
console.log(text);
