require "typhoeus"

url = "{{baseUrl}}/empty"
headers = {
  "X-Empty" => "",
  "X-After" => "set",
}

request = Typhoeus::Request.new(
  url,
  method: :get,
  headers: headers,
)
response = request.run
puts response.body
