require "rest-client"

url = "{{baseUrl}}/v1/users?limit=10&page=2"
headers = {
  "Accept" => "application/json",
}

response = RestClient::Request.execute(
  method: :get,
  url: url,
  headers: headers,
)
puts response.body
