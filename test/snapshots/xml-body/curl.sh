curl --location --globoff '{{baseUrl}}/soap' \
--header 'SOAPAction: "urn:Add"' \
--header 'Content-Type: application/xml' \
--data-raw '<?xml version="1.0" encoding="UTF-8"?>
<note id='\''1'\''>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>'
