import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/search', {
  headers: {
    'Content-Type': 'application/json',
  },
});
console.log(data);
