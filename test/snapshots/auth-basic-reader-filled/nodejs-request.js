var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/me',
  'auth': {
    'user': '{{username}}',
    'pass': '{{password}}'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
