require "http"

url = "{{baseUrl}}/v1/config"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"

response = HTTP
  .headers(headers)
  .request(:put, url, body: body)
puts response.body
