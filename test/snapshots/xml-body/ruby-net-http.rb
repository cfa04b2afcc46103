require "uri"
require "net/http"

url = URI("{{baseUrl}}/soap")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
request["SOAPAction"] = "\"urn:Add\""
request["Content-Type"] = "application/xml"
request.body = <<'BODY'.chomp
<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>
BODY

response = http.request(request)
puts response.read_body
