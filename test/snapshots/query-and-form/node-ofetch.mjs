import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/login?next=/home&lang=en', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['user', 'ann@example.com'],
    ['pass', 'p@ss w0rd&'],
  ]),
});
console.log(data);
