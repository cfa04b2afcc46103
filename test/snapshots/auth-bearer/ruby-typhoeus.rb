require "typhoeus"

url = "{{baseUrl}}/me"
headers = {
  "Authorization" => "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}

request = Typhoeus::Request.new(
  url,
  method: :get,
  headers: headers,
)
response = request.run
puts response.body
