require "typhoeus"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = <<'BODY'
	indented

  spaced  

BODY

request = Typhoeus::Request.new(
  url,
  method: :post,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
