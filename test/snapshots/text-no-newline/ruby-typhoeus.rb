require "typhoeus"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = "price: $5 \#{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"

request = Typhoeus::Request.new(
  url,
  method: :post,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
