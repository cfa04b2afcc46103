import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
  },
});
console.log(data);
