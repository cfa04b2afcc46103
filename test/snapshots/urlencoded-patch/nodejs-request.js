var request = require('request');
var options = {
  'method': 'PATCH',
  'url': '{{baseUrl}}/settings',
  'headers': {
    'Content-Type': 'application/x-www-form-urlencoded'
  },
  body: 'theme=dark%20mode&tag=a%26b&tag=c'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
