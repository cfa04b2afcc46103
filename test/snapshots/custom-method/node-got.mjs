import got from 'got';

const response = await got('{{baseUrl}}/cache/key', {
  method: 'PURGE',
});
console.log(response.body);
