require "rest-client"

url = "{{baseUrl}}/search"
headers = {
  "Content-Type" => "application/json",
}
payload = "{\"query\": {\"match_all\": {}}}"

response = RestClient::Request.execute(
  method: :get,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
