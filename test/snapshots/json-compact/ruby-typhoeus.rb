require "typhoeus"

url = "{{baseUrl}}/v1/config"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"

request = Typhoeus::Request.new(
  url,
  method: :put,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
