require "rest-client"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
payload = <<'BODY3'


BODYBODY
  BODY2 indented
EOF
BODY3

response = RestClient::Request.execute(
  method: :post,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
