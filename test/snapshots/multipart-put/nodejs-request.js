var request = require('request');
var fs = require('fs');
var options = {
  'method': 'PUT',
  'url': '{{baseUrl}}/profile',
  'headers': {
    'X-Request-Id': '42'
  },
  formData: {
    'name': 'Ada',
    'tag': ['a', 'b'],
    'avatar': {
      'value': fs.createReadStream('upload.txt'),
      'options': {
        'filename': 'upload.txt',
        'contentType': 'text/plain'
      }
    }
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
