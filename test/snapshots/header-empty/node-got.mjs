import got from 'got';

const response = await got('{{baseUrl}}/empty', {
  headers: {
    'X-Empty': '',
    'X-After': 'set',
  },
});
console.log(response.body);
