import needle from 'needle';

const response = await needle('OPTIONS', '{{baseUrl}}/cors', null, {
  headers: {
    'Origin': 'https://app.example.com',
    'Access-Control-Request-Method': 'PUT',
  },
});
console.log(response.body);
