import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/pets', '{"name": "{{petName}}", "tag": "dog"}', {
  headers: {
    'Content-Type': 'application/json',
  },
  username: '{{basicAuthUsername}}',
  password: '{{basicAuthPassword}}',
});
console.log(response.body);
