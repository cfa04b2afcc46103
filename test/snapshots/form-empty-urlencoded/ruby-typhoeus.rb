require "typhoeus"

url = "{{baseUrl}}/settings"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
  "X-Keep" => "yes",
}
body = ""

request = Typhoeus::Request.new(
  url,
  method: :put,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
