require "rest-client"

url = "{{baseUrl}}/me"
headers = {
  "Authorization" => "Basic YW5uOnBAc3M6d8O2cmQ=",
}

response = RestClient::Request.execute(
  method: :get,
  url: url,
  headers: headers,
)
puts response.body
