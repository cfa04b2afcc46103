var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/search',
  'headers': {
    'Content-Type': 'application/json'
  },
  body: '{"query": {"match_all": {}}}'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
