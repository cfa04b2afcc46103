var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/soap',
  'headers': {
    'SOAPAction': '"urn:Add"',
    'Content-Type': 'application/xml'
  },
  body: `<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>`
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
