require "http"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = "line one\r\nline two\r\n"

response = HTTP
  .headers(headers)
  .request(:post, url, body: body)
puts response.body
