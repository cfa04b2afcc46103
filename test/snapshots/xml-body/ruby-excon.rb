require "excon"

url = "{{baseUrl}}/soap"
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

connection = Excon.new(url)
response = connection.request(method: "POST", headers: headers, body: body)
puts response.body
