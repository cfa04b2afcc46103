require "http/client"

headers = HTTP::Headers{
  "Depth" => "1",
  "Content-Type" => "application/xml",
}

body = "<?xml version=\"1.0\"?>
<propfind xmlns=\"DAV:\"><allprop/></propfind>
"

response = HTTP::Client.exec("PROPFIND", "{{baseUrl}}/dav/", headers: headers, body: body)
puts response.body
