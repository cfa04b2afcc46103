require "faraday"

url = "{{baseUrl}}/me"

conn = Faraday.new

headers = {
  "Authorization" => "Basic YW5uOnBAc3M6d8O2cmQ=",
}

response = conn.run_request(:get, url, nil, headers)
puts response.body
