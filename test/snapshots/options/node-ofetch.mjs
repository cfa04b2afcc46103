import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/cors', {
  method: 'OPTIONS',
  headers: {
    'Origin': 'https://app.example.com',
    'Access-Control-Request-Method': 'PUT',
  },
});
console.log(data);
