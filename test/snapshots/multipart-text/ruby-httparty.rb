require "httparty"

url = "{{baseUrl}}/upload"
body = {
  "title" => "Hello",
  "bio" => "line 1\nline 2\r\nline 3",
  "name" => "Zoë 😀",
  "tag" => [
    "a",
    "b",
  ],
  "meta" => "{\"k\":\"v\"}",
  "danger" => "\"; $(id) \#{x} \\(y) '",
}

response = HTTParty.post(
  url,
  body: body,
  multipart: true,
)
puts response.body
