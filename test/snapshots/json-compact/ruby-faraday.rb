require "faraday"

url = "{{baseUrl}}/v1/config"

conn = Faraday.new

headers = {
  "Content-Type" => "application/json",
}
body = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"

response = conn.run_request(:put, url, body, headers)
puts response.body
