import needle from 'needle';

const response = await needle('GET', '{{baseUrl}}/reports', {
  headers: {
    'X-API-Key': 'k3y$#{x}',
  },
});
console.log(response.body);
