require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "text/plain",
}

body = "price: $5 \#{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"

response = HTTP::Client.post("{{baseUrl}}/notes", headers: headers, body: body)
puts response.body
