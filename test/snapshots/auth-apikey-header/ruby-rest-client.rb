require "rest-client"

url = "{{baseUrl}}/reports"
headers = {
  "X-API-Key" => "k3y$\#{x}",
}

response = RestClient::Request.execute(
  method: :get,
  url: url,
  headers: headers,
)
puts response.body
