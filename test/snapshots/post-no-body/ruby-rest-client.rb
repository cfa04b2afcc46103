require "rest-client"

url = "{{baseUrl}}/jobs/42/run"

response = RestClient::Request.execute(
  method: :post,
  url: url,
)
puts response.body
