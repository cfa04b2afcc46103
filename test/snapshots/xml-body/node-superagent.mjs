import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/soap')
  .set('SOAPAction', '"urn:Add"')
  .set('Content-Type', 'application/xml')
  .send(`<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>`);
console.log(response.text);
