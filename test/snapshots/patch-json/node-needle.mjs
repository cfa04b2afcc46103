import needle from 'needle';

const response = await needle('PATCH', '{{baseUrl}}/v1/users/{{userId}}', '{"name": "{{newName}}", "active": true}', {
  headers: {
    'If-Match': 'W/"etag-1"',
    'X-Request-Id': '{{requestId}}',
    'Content-Type': 'application/json',
  },
});
console.log(response.body);
