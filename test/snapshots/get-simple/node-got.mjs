import got from 'got';

const response = await got('{{baseUrl}}/v1/users?limit=10&page=2', {
  headers: {
    'Accept': 'application/json',
  },
});
console.log(response.body);
