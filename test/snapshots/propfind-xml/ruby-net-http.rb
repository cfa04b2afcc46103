require "uri"
require "net/http"

url = URI("{{baseUrl}}/dav/")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Propfind.new(url)
request["Depth"] = "1"
request["Content-Type"] = "application/xml"
request.body = <<'BODY'
<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
BODY

response = http.request(request)
puts response.read_body
