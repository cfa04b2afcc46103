import needle from 'needle';

const response = await needle('GET', '{{baseUrl}}/me', {
  username: '{{username}}',
  password: '{{password}}',
});
console.log(response.body);
