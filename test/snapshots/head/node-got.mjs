import got from 'got';

const response = await got('{{baseUrl}}/status', {
  method: 'HEAD',
  headers: {
    'X-Check': 'yes',
  },
});
console.log(response.body);
