import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/v1/users/{{userId}}', {
  method: 'PATCH',
  headers: {
    'If-Match': 'W/"etag-1"',
    'X-Request-Id': '{{requestId}}',
    'Content-Type': 'application/json',
  },
  body: '{"name": "{{newName}}", "active": true}',
});
console.log(statusCode, await body.text());
