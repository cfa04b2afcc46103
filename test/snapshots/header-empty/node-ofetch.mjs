import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/empty', {
  headers: {
    'X-Empty': '',
    'X-After': 'set',
  },
});
console.log(data);
