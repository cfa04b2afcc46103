import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/soap',
  headers: {
    'SOAPAction': '"urn:Add"',
    'Content-Type': 'application/xml',
  },
  data: `<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>`,
});
console.log(response.data);
