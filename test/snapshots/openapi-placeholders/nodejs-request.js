var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10',
  'headers': {
    'X-API-Key': '{{api_key}}',
    'Cookie': 'session={{session_id}}; api_key={{api_key}}',
    'X-Note': '"; rm -rf ~; "',
    'Authorization': 'Bearer {{bearerAuth}}'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
