require "http/client"

headers = HTTP::Headers{
  "SOAPAction" => "\"urn:Add\"",
  "Content-Type" => "application/xml",
}

body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>"

response = HTTP::Client.post("{{baseUrl}}/soap", headers: headers, body: body)
puts response.body
