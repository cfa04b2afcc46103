require "httparty"

url = "{{baseUrl}}/dav/"
headers = {
  "Depth" => "1",
  "Content-Type" => "application/xml",
}
body = <<'BODY'
<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
BODY

response = HTTParty.send("PROPFIND".downcase,
  url,
  headers: headers,
  body: body,
)
puts response.body
