import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/pets', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Authorization': 'Basic ' + Buffer.from('{{basicAuthUsername}}:{{basicAuthPassword}}').toString('base64'),
  },
  body: '{"name": "{{petName}}", "tag": "dog"}',
});
console.log(statusCode, await body.text());
