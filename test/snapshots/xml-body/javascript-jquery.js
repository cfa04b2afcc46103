var settings = {
  "url": "{{baseUrl}}/soap",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "SOAPAction": '"urn:Add"',
    "Content-Type": "application/xml"
  },
  "data": `<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>`
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
