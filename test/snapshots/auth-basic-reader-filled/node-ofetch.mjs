import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Basic ' + Buffer.from('{{username}}:{{password}}').toString('base64'),
  },
});
console.log(data);
