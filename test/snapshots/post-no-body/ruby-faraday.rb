require "faraday"

url = "{{baseUrl}}/jobs/42/run"

conn = Faraday.new


response = conn.run_request(:post, url, nil, nil)
puts response.body
