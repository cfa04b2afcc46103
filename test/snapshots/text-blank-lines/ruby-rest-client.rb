require "rest-client"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
payload = <<'BODY'
	indented

  spaced  

BODY

response = RestClient::Request.execute(
  method: :post,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
