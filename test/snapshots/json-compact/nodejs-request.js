var request = require('request');
var options = {
  'method': 'PUT',
  'url': '{{baseUrl}}/v1/config',
  'headers': {
    'Content-Type': 'application/json'
  },
  body: '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
