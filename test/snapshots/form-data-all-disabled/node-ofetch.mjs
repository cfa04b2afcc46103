import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/upload', {
  method: 'POST',
});
console.log(data);
