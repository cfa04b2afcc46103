import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/settings', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Keep': 'yes',
  },
  body: '',
});
console.log(data);
