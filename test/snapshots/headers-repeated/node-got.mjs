import got from 'got';

const response = await got('{{baseUrl}}/tags', {
  headers: {
    'X-Tag': ['alpha', 'beta', 'gamma'],
    'Accept': 'text/plain',
  },
});
console.log(response.body);
