require "http"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = "price: $5 \#{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"

response = HTTP
  .headers(headers)
  .request(:post, url, body: body)
puts response.body
