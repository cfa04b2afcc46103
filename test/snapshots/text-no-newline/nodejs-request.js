var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/notes',
  'headers': {
    'Content-Type': 'text/plain'
  },
  body: 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
