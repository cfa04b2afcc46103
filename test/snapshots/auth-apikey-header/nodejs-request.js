var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/reports',
  'headers': {
    'X-API-Key': 'k3y$#{x}'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
