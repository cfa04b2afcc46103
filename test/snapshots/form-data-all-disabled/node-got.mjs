import got from 'got';

const response = await got('{{baseUrl}}/upload', {
  method: 'POST',
  body: '',
});
console.log(response.body);
