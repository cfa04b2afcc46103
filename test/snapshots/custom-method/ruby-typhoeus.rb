require "typhoeus"

url = "{{baseUrl}}/cache/key"

request = Typhoeus::Request.new(
  url,
  method: "PURGE",
)
response = request.run
puts response.body
