require "http"

url = "{{baseUrl}}/dav/"
headers = {
  "Depth" => "1",
  "Content-Type" => "application/xml",
}
body = <<'BODY'
<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
BODY

response = HTTP
  .headers(headers)
  .request(:propfind, url, body: body)
puts response.body
