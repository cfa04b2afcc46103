require "typhoeus"

url = "{{baseUrl}}/status"
headers = {
  "X-Check" => "yes",
}

request = Typhoeus::Request.new(
  url,
  method: :head,
  headers: headers,
)
response = request.run
puts response.body
