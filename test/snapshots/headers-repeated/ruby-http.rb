require "http"

url = "{{baseUrl}}/tags"
headers = {
  "X-Tag" => ["alpha", "beta", "gamma"],
  "Accept" => "text/plain",
}

response = HTTP
  .headers(headers)
  .request(:get, url)
puts response.body
