import needle from 'needle';

const response = await needle('PATCH', '{{baseUrl}}/settings', 'theme=dark%20mode&tag=a%26b&tag=c', {
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
});
console.log(response.body);
