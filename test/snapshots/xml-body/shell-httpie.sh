http --ignore-stdin POST '{{baseUrl}}/soap' \
'SOAPAction:"urn:Add"' \
'Content-Type:application/xml' \
--raw '<?xml version="1.0" encoding="UTF-8"?>
<note id='\''1'\''>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>'
