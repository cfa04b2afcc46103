var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/empty',
  'headers': {
    'X-Empty': '',
    'X-After': 'set'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
