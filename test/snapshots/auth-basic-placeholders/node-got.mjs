import got from 'got';

const response = await got('{{baseUrl}}/pets', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  username: '{{basicAuthUsername}}',
  password: '{{basicAuthPassword}}',
  body: '{"name": "{{petName}}", "tag": "dog"}',
});
console.log(response.body);
