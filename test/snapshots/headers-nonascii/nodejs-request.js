var request = require('request');
var options = {
  'method': 'GET',
  'url': '{{baseUrl}}/i18n',
  'headers': {
    'X-Name': Buffer.from('Zoë ✓ 😀').toString('latin1'),
    'X-Latin': Buffer.from('café').toString('latin1')
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
