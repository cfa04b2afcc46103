require "typhoeus"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = <<'BODY3'


BODYBODY
  BODY2 indented
EOF
BODY3

request = Typhoeus::Request.new(
  url,
  method: :post,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
