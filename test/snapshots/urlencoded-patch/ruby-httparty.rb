require "httparty"

url = "{{baseUrl}}/settings"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "theme=dark%20mode&tag=a%26b&tag=c"

response = HTTParty.patch(
  url,
  headers: headers,
  body: body,
)
puts response.body
