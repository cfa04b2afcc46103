require "http"

url = "{{baseUrl}}/settings"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "theme=dark%20mode&tag=a%26b&tag=c"

response = HTTP
  .headers(headers)
  .request(:patch, url, body: body)
puts response.body
