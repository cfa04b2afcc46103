require "httparty"

url = "{{baseUrl}}/profile"
headers = {
  "X-Request-Id" => "42",
}
body = {
  "name" => "Ada",
  "tag" => [
    "a",
    "b",
  ],
  "avatar" => File.open("upload.txt"),
}

response = HTTParty.put(
  url,
  headers: headers,
  body: body,
  multipart: true,
)
puts response.body
