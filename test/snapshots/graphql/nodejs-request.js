var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/graphql',
  'headers': {
    'Content-Type': 'application/json'
  },
  body: '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}'
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
