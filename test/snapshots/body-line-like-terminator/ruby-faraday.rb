require "faraday"

url = "{{baseUrl}}/notes"

conn = Faraday.new

headers = {
  "Content-Type" => "text/plain",
}
body = <<'BODY3'


BODYBODY
  BODY2 indented
EOF
BODY3

response = conn.run_request(:post, url, body, headers)
puts response.body
