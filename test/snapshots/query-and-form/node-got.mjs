import got from 'got';

const response = await got('{{baseUrl}}/login?next=/home&lang=en', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: 'user=ann%40example.com&pass=p%40ss%20w0rd%26',
});
console.log(response.body);
