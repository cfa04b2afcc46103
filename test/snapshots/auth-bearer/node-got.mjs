import got from 'got';

const response = await got('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
  },
});
console.log(response.body);
