var request = require('request');
var options = {
  'method': 'DELETE',
  'url': '{{baseUrl}}/items',
  'headers': {
    'Content-Type': 'application/json'
  },
  body: '{"ids": [1, 2, 3]}'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
