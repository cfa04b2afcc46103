var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/jobs/42/run'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
