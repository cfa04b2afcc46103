require "rest-client"

url = "{{baseUrl}}/status"
headers = {
  "X-Check" => "yes",
}

response = RestClient::Request.execute(
  method: :head,
  url: url,
  headers: headers,
)
puts response.body
