var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/me',
  'headers': {
    'Authorization': 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
