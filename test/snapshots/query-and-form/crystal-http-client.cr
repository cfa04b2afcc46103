require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/x-www-form-urlencoded",
}

body = "user=ann%40example.com&pass=p%40ss%20w0rd%26"

response = HTTP::Client.post("{{baseUrl}}/login?next=/home&lang=en", headers: headers, body: body)
puts response.body
