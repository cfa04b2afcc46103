require "httparty"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = <<'BODY'
	indented

  spaced  

BODY

response = HTTParty.post(
  url,
  headers: headers,
  body: body,
)
puts response.body
