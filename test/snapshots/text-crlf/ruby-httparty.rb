require "httparty"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = "line one\r\nline two\r\n"

response = HTTParty.post(
  url,
  headers: headers,
  body: body,
)
puts response.body
