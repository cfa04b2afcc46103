import got from 'got';

const response = await got('{{baseUrl}}/v1/users/{{userId}}', {
  method: 'PATCH',
  headers: {
    'If-Match': 'W/"etag-1"',
    'X-Request-Id': '{{requestId}}',
    'Content-Type': 'application/json',
  },
  body: '{"name": "{{newName}}", "active": true}',
});
console.log(response.body);
