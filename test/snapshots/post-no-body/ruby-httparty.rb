require "httparty"

url = "{{baseUrl}}/jobs/42/run"

response = HTTParty.post(
  url,
)
puts response.body
