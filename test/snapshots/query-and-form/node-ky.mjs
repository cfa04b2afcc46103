import ky from 'ky';

const text = await ky('{{baseUrl}}/login?next=/home&lang=en', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['user', 'ann@example.com'],
    ['pass', 'p@ss w0rd&'],
  ]),
}).text();
console.log(text);
