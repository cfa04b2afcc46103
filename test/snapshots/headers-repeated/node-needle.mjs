import needle from 'needle';

const response = await needle('GET', '{{baseUrl}}/tags', {
  headers: {
    'X-Tag': ['alpha', 'beta', 'gamma'],
    'Accept': 'text/plain',
  },
});
console.log(response.body);
