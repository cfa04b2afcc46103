require "typhoeus"

url = "{{baseUrl}}/dav/"
headers = {
  "Depth" => "1",
  "Content-Type" => "application/xml",
}
body = <<'BODY'
<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
BODY

request = Typhoeus::Request.new(
  url,
  method: "PROPFIND",
  headers: headers,
  body: body,
)
response = request.run
puts response.body
