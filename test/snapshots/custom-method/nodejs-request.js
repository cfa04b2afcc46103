var request = require('request');
var options = {
  'method': 'PURGE',
  'url': '{{baseUrl}}/cache/key'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
