import got from 'got';

const response = await got('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Basic YW5uOnBAc3M6d8O2cmQ=',
  },
});
console.log(response.body);
