var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
