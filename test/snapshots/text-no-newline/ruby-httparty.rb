require "httparty"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = "price: $5 \#{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"

response = HTTParty.post(
  url,
  headers: headers,
  body: body,
)
puts response.body
