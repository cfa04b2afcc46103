require "rest-client"

url = "{{baseUrl}}/tags"
headers = {
  "X-Tag" => "alpha, beta, gamma",
  "Accept" => "text/plain",
}

response = RestClient::Request.execute(
  method: :get,
  url: url,
  headers: headers,
)
puts response.body
