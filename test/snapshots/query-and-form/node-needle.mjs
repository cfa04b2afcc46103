import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/login?next=/home&lang=en', 'user=ann%40example.com&pass=p%40ss%20w0rd%26', {
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
});
console.log(response.body);
