import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Basic YW5uOnBAc3M6d8O2cmQ=',
  },
});
console.log(statusCode, await body.text());
