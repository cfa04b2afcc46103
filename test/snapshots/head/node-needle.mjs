import needle from 'needle';

const response = await needle('HEAD', '{{baseUrl}}/status', {
  headers: {
    'X-Check': 'yes',
  },
});
console.log(response.body);
