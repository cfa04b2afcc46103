import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/cache/key', {
  method: 'PURGE',
});
console.log(data);
