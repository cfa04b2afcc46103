import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/soap', {
  method: 'POST',
  headers: {
    'SOAPAction': '"urn:Add"',
    'Content-Type': 'application/xml',
  },
  body: `<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>`,
});
console.log(statusCode, await body.text());
