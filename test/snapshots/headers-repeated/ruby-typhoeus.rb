require "typhoeus"

url = "{{baseUrl}}/tags"
headers = {
  "X-Tag" => "alpha, beta, gamma",
  "Accept" => "text/plain",
}

request = Typhoeus::Request.new(
  url,
  method: :get,
  headers: headers,
)
response = request.run
puts response.body
