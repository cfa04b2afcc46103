import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/tags', {
  headers: {
    'X-Tag': 'alpha, beta, gamma',
    'Accept': 'text/plain',
  },
});
console.log(data);
