var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/tags',
  'headers': {
    'X-Tag': ['alpha', 'beta', 'gamma'],
    'Accept': 'text/plain'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
