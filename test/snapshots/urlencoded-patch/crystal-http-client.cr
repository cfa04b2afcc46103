require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/x-www-form-urlencoded",
}

body = "theme=dark%20mode&tag=a%26b&tag=c"

response = HTTP::Client.patch("{{baseUrl}}/settings", headers: headers, body: body)
puts response.body
