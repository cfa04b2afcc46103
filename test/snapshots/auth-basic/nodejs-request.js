var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/me',
  'headers': {
    'Authorization': 'Basic YW5uOnBAc3M6d8O2cmQ='
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
