var request = require('request');
var options = {
  'method': 'HEAD',
  'url': '{{baseUrl}}/status',
  'headers': {
    'X-Check': 'yes'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
