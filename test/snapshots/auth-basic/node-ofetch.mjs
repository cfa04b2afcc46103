import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Basic YW5uOnBAc3M6d8O2cmQ=',
  },
});
console.log(data);
