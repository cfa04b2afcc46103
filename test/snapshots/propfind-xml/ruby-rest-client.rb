require "rest-client"

url = "{{baseUrl}}/dav/"
headers = {
  "Depth" => "1",
  "Content-Type" => "application/xml",
}
payload = <<'BODY'
<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
BODY

response = RestClient::Request.execute(
  method: :propfind,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
