require "rest-client"

url = "{{baseUrl}}/soap"
headers = {
  "SOAPAction" => "\"urn:Add\"",
  "Content-Type" => "application/xml",
}
payload = <<'BODY'.chomp
<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>
BODY

response = RestClient::Request.execute(
  method: :post,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
