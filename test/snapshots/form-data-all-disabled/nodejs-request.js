var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/upload',
  body: ''
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
