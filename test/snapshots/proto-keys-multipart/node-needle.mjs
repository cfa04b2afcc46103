import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/objects', {
  'constructor': 'f2',
  'prototype': 'f3',
  'toString': 'f4',
}, {
  multipart: true,
});
console.log(response.body);
