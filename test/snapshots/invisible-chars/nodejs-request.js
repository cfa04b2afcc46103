var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/inv',
  'headers': {
    'X-Tab': 'a\tb',
    'Content-Type': 'text/plain'
  },
  body: 'tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
