import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/jobs/42/run', {
  method: 'POST',
});
console.log(statusCode, await body.text());
