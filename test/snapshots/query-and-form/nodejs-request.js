var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/login?next=/home&lang=en',
  'headers': {
    'Content-Type': 'application/x-www-form-urlencoded'
  },
  form: {
    'user': 'ann@example.com',
    'pass': 'p@ss w0rd&'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
