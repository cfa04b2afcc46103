var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/upload',
  formData: {
    'title': 'Hello',
    'bio': 'line 1\nline 2\r\nline 3',
    'name': 'Zoë 😀',
    'tag': ['a', 'b'],
    'meta': {
      'value': '{"k":"v"}',
      'options': {
        'contentType': 'application/json'
      }
    },
    'danger': '"; $(id) #{x} \\(y) \''
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
