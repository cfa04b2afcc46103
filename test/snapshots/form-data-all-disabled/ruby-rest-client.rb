require "rest-client"

url = "{{baseUrl}}/upload"
payload = ""

response = RestClient::Request.execute(
  method: :post,
  url: url,
  payload: payload,
)
puts response.body
