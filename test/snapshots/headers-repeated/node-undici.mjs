import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/tags', {
  headers: {
    'X-Tag': ['alpha', 'beta', 'gamma'],
    'Accept': 'text/plain',
  },
});
console.log(statusCode, await body.text());
