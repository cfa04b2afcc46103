var request = require('request');
var options = {
  'method': 'PROPFIND',
  'url': '{{baseUrl}}/dav/',
  'headers': {
    'Depth': '1',
    'Content-Type': 'application/xml'
  },
  body: `<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
