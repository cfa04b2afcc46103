import got from 'got';

const response = await got('{{baseUrl}}/me', {
  username: '{{username}}',
  password: '{{password}}',
});
console.log(response.body);
