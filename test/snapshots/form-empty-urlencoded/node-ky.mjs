import ky from 'ky';

const text = await ky('{{baseUrl}}/settings', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Keep': 'yes',
  },
  body: '',
}).text();
console.log(text);
