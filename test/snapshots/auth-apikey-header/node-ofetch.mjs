import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/reports', {
  headers: {
    'X-API-Key': 'k3y$#{x}',
  },
});
console.log(data);
