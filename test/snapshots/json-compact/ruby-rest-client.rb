require "rest-client"

url = "{{baseUrl}}/v1/config"
headers = {
  "Content-Type" => "application/json",
}
payload = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"

response = RestClient::Request.execute(
  method: :put,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
