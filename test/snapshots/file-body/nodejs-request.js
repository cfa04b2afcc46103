var request = require('request');
var fs = require('fs');
var options = {
  'method': 'PUT',
  'url': '{{baseUrl}}/blobs/upload.txt',
  'headers': {
    'Content-Type': 'application/octet-stream'
  },
  body: fs.createReadStream('upload.txt')
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
