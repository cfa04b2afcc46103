import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/soap', `<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>`, {
  headers: {
    'SOAPAction': '"urn:Add"',
    'Content-Type': 'application/xml',
  },
});
console.log(response.body);
