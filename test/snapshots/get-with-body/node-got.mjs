import got from 'got';

const response = await got('{{baseUrl}}/search', {
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"query": {"match_all": {}}}',
  allowGetBody: true,
});
console.log(response.body);
