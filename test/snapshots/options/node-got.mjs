import got from 'got';

const response = await got('{{baseUrl}}/cors', {
  method: 'OPTIONS',
  headers: {
    'Origin': 'https://app.example.com',
    'Access-Control-Request-Method': 'PUT',
  },
});
console.log(response.body);
