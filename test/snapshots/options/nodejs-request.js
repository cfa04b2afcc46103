var request = require('request');
var options = {
  'method': 'OPTIONS',
  'url': '{{baseUrl}}/cors',
  'headers': {
    'Origin': 'https://app.example.com',
    'Access-Control-Request-Method': 'PUT'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
