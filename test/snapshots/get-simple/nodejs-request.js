var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/v1/users?limit=10&page=2',
  'headers': {
    'Accept': 'application/json'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
