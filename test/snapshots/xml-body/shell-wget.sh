wget --quiet --output-document=- --method=POST '{{baseUrl}}/soap' \
--header 'SOAPAction: "urn:Add"' \
--header 'Content-Type: application/xml' \
--body-data '<?xml version="1.0" encoding="UTF-8"?>
<note id='\''1'\''>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>'
