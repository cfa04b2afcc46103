require "httparty"

url = "{{baseUrl}}/objects"
body = {
  "__proto__" => "f1",
  "constructor" => "f2",
  "prototype" => "f3",
  "toString" => "f4",
}

response = HTTParty.post(
  url,
  body: body,
  multipart: true,
)
puts response.body
