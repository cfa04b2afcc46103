var request = require('request');
var fs = require('fs');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/upload',
  formData: {
    'say %22hi%22': 'one',
    'a\\b%22c%22': 'two',
    'doc %22main%22': {
      'value': fs.createReadStream('upload.txt'),
      'options': {
        'filename': 'upload.txt',
        'contentType': 'text/plain'
      }
    },
    'quoted file': {
      'value': fs.createReadStream('q"uote.txt'),
      'options': {
        'filename': 'q%22uote.txt'
      }
    }
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
