var request = require('request');
var options = {
  'method': 'PUT',
  'url': '{{baseUrl}}/settings',
  'headers': {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Keep': 'yes'
  },
  body: ''
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
