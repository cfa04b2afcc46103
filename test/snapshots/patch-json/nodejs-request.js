var request = require('request');
var options = {
  'method': 'PATCH',
  'url': '{{baseUrl}}/v1/users/{{userId}}',
  'headers': {
    'If-Match': 'W/"etag-1"',
    'X-Request-Id': '{{requestId}}',
    'Content-Type': 'application/json'
  },
  body: '{"name": "{{newName}}", "active": true}'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
