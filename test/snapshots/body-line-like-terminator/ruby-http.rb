require "http"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = <<'BODY3'


BODYBODY
  BODY2 indented
EOF
BODY3

response = HTTP
  .headers(headers)
  .request(:post, url, body: body)
puts response.body
