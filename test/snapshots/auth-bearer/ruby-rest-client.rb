require "rest-client"

url = "{{baseUrl}}/me"
headers = {
  "Authorization" => "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}

response = RestClient::Request.execute(
  method: :get,
  url: url,
  headers: headers,
)
puts response.body
