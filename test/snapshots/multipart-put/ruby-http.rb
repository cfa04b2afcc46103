require "http"

url = "{{baseUrl}}/profile"
headers = {
  "X-Request-Id" => "42",
}
# A Multipart, not `form:`, so that a form of text fields alone is multipart too.
form = HTTP::FormData::Multipart.new({
  "name" => "Ada",
  "tag" => [
    "a",
    "b",
  ],
  "avatar" => HTTP::FormData::File.new("upload.txt", content_type: "text/plain", filename: "upload.txt"),
})

response = HTTP
  .headers(headers)
  .headers("Content-Type" => form.content_type)
  .request(:put, url, body: form)
puts response.body
