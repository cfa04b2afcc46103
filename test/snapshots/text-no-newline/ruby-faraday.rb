require "faraday"

url = "{{baseUrl}}/notes"

conn = Faraday.new

headers = {
  "Content-Type" => "text/plain",
}
body = "price: $5 \#{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"

response = conn.run_request(:post, url, body, headers)
puts response.body
