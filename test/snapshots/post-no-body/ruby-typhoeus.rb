require "typhoeus"

url = "{{baseUrl}}/jobs/42/run"

request = Typhoeus::Request.new(
  url,
  method: :post,
)
response = request.run
puts response.body
