var request = require('request');
var fs = require('fs');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/upload',
  formData: {
    'description': 'A text file',
    'document': {
      'value': fs.createReadStream('upload.txt'),
      'options': {
        'filename': 'upload.txt',
        'contentType': 'text/plain'
      }
    },
    'after': 'file'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
