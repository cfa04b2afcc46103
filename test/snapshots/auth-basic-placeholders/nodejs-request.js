var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/pets',
  'headers': {
    'Content-Type': 'application/json'
  },
  'auth': {
    'user': '{{basicAuthUsername}}',
    'pass': '{{basicAuthPassword}}'
  },
  body: '{"name": "{{petName}}", "tag": "dog"}'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
