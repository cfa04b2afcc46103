require "httparty"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = <<'BODY3'


BODYBODY
  BODY2 indented
EOF
BODY3

response = HTTParty.post(
  url,
  headers: headers,
  body: body,
)
puts response.body
