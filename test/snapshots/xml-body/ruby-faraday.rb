require "faraday"

url = "{{baseUrl}}/soap"

conn = Faraday.new

headers = {
  "SOAPAction" => "\"urn:Add\"",
  "Content-Type" => "application/xml",
}
body = <<'BODY'.chomp
<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>
BODY

response = conn.run_request(:post, url, body, headers)
puts response.body
