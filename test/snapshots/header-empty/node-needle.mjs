import needle from 'needle';

const response = await needle('GET', '{{baseUrl}}/empty', {
  headers: {
    'X-Empty': '',
    'X-After': 'set',
  },
});
console.log(response.body);
