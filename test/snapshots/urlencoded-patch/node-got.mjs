import got from 'got';

const response = await got('{{baseUrl}}/settings', {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: 'theme=dark%20mode&tag=a%26b&tag=c',
});
console.log(response.body);
