require "rest-client"

url = "{{baseUrl}}/empty"
headers = {
  "X-Empty" => "",
  "X-After" => "set",
}

response = RestClient::Request.execute(
  method: :get,
  url: url,
  headers: headers,
)
puts response.body
