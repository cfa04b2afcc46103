import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/search', {
  method: 'GET',
  headers: {
    'Content-Type': 'application/json',
  },
  body: '{"query": {"match_all": {}}}',
});
console.log(statusCode, await body.text());
