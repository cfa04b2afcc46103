require "typhoeus"

url = "{{baseUrl}}/items"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"ids\": [1, 2, 3]}"

request = Typhoeus::Request.new(
  url,
  method: :delete,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
