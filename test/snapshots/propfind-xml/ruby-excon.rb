require "excon"

url = "{{baseUrl}}/dav/"
headers = {
  "Depth" => "1",
  "Content-Type" => "application/xml",
}
body = <<'BODY'
<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
BODY

connection = Excon.new(url)
response = connection.request(method: "PROPFIND", headers: headers, body: body)
puts response.body
