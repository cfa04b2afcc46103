var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
