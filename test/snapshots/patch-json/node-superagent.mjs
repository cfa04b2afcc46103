import superagent from 'superagent';

const response = await superagent.patch('{{baseUrl}}/v1/users/{{userId}}')
  .set('If-Match', 'W/"etag-1"')
  .set('X-Request-Id', '{{requestId}}')
  .set('Content-Type', 'application/json')
  .send('{"name": "{{newName}}", "active": true}');
console.log(response.text);
