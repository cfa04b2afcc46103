require "typhoeus"

url = "{{baseUrl}}/settings"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "theme=dark%20mode&tag=a%26b&tag=c"

request = Typhoeus::Request.new(
  url,
  method: :patch,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
