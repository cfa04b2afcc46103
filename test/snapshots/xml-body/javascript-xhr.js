const xhr = new XMLHttpRequest();
xhr.open("POST", "{{baseUrl}}/soap");
xhr.setRequestHeader("SOAPAction", '"urn:Add"');
xhr.setRequestHeader("Content-Type", "application/xml");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(`<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>`);
