require "typhoeus"

url = "{{baseUrl}}/v1/users?limit=10&page=2"
headers = {
  "Accept" => "application/json",
}

request = Typhoeus::Request.new(
  url,
  method: :get,
  headers: headers,
)
response = request.run
puts response.body
