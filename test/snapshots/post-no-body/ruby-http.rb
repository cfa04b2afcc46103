require "http"

url = "{{baseUrl}}/jobs/42/run"

response = HTTP
  .request(:post, url)
puts response.body
