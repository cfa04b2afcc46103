require "typhoeus"

url = "{{baseUrl}}/search"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"query\": {\"match_all\": {}}}"

request = Typhoeus::Request.new(
  url,
  method: :get,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
