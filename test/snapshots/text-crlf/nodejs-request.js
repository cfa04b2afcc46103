var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/notes',
  'headers': {
    'Content-Type': 'text/plain'
  },
  body: 'line one\r\nline two\r\n'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
