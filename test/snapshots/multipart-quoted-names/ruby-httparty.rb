require "httparty"

url = "{{baseUrl}}/upload"
body = {
  "say %22hi%22" => "one",
  "a\\b%22c%22" => "two",
  "doc %22main%22" => File.open("upload.txt"),
  "quoted file" => File.open("q\"uote.txt"),
}

response = HTTParty.post(
  url,
  body: body,
  multipart: true,
)
puts response.body
