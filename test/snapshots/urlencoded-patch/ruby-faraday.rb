require "faraday"

url = "{{baseUrl}}/settings"

conn = Faraday.new

headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "theme=dark%20mode&tag=a%26b&tag=c"

response = conn.run_request(:patch, url, body, headers)
puts response.body
