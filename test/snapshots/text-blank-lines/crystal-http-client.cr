require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "text/plain",
}

body = "\tindented

  spaced  

"

response = HTTP::Client.post("{{baseUrl}}/notes", headers: headers, body: body)
puts response.body
