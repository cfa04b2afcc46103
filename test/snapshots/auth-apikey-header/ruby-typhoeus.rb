require "typhoeus"

url = "{{baseUrl}}/reports"
headers = {
  "X-API-Key" => "k3y$\#{x}",
}

request = Typhoeus::Request.new(
  url,
  method: :get,
  headers: headers,
)
response = request.run
puts response.body
