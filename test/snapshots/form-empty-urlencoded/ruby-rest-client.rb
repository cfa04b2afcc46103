require "rest-client"

url = "{{baseUrl}}/settings"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
  "X-Keep" => "yes",
}
payload = ""

response = RestClient::Request.execute(
  method: :put,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
