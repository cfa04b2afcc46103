import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/v1/users?limit=10&page=2', {
  headers: {
    'Accept': 'application/json',
  },
});
console.log(data);
