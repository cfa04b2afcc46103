require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "text/plain",
}

body = "line one\r\nline two\r\n"

response = HTTP::Client.post("{{baseUrl}}/notes", headers: headers, body: body)
puts response.body
