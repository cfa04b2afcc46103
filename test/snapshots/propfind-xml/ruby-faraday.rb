require "faraday"

url = "{{baseUrl}}/dav/"

conn = Faraday.new

headers = {
  "Depth" => "1",
  "Content-Type" => "application/xml",
}
body = <<'BODY'
<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
BODY

response = conn.run_request("PROPFIND".downcase.to_sym, url, body, headers)
puts response.body
