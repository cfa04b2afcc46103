import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/status', {
  method: 'HEAD',
  headers: {
    'X-Check': 'yes',
  },
});
console.log(data);
