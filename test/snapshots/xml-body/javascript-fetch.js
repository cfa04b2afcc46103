const requestOptions = {
  method: "POST",
  headers: {
    "SOAPAction": '"urn:Add"',
    "Content-Type": "application/xml"
  },
  body: `<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>`
};

fetch("{{baseUrl}}/soap", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
