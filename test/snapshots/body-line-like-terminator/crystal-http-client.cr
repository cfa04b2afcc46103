require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "text/plain",
}

body = "

BODYBODY
  BODY2 indented
EOF
"

response = HTTP::Client.post("{{baseUrl}}/notes", headers: headers, body: body)
puts response.body
