require "rest-client"

url = "{{baseUrl}}/items"
headers = {
  "Content-Type" => "application/json",
}
payload = "{\"ids\": [1, 2, 3]}"

response = RestClient::Request.execute(
  method: :delete,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
