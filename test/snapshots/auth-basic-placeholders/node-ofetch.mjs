import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/pets', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Authorization': 'Basic ' + Buffer.from('{{basicAuthUsername}}:{{basicAuthPassword}}').toString('base64'),
  },
  body: '{"name": "{{petName}}", "tag": "dog"}',
});
console.log(data);
