import needle from 'needle';

const response = await needle('PUT', '{{baseUrl}}/settings', null, {
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Keep': 'yes',
  },
});
console.log(response.body);
