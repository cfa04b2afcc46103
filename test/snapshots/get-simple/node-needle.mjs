import needle from 'needle';

const response = await needle('GET', '{{baseUrl}}/v1/users?limit=10&page=2', {
  headers: {
    'Accept': 'application/json',
  },
});
console.log(response.body);
