import got from 'got';

const response = await got('{{baseUrl}}/reports', {
  headers: {
    'X-API-Key': 'k3y$#{x}',
  },
});
console.log(response.body);
