import got from 'got';

const response = await got('{{baseUrl}}/settings', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Keep': 'yes',
  },
  body: '',
});
console.log(response.body);
