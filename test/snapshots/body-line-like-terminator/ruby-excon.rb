require "excon"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = <<'BODY3'


BODYBODY
  BODY2 indented
EOF
BODY3

connection = Excon.new(url)
response = connection.request(method: "POST", headers: headers, body: body)
puts response.body
