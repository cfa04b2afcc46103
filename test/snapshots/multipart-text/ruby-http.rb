require "http"

url = "{{baseUrl}}/upload"
# A Multipart, not `form:`, so that a form of text fields alone is multipart too.
form = HTTP::FormData::Multipart.new({
  "title" => "Hello",
  "bio" => "line 1\nline 2\r\nline 3",
  "name" => "Zoë 😀",
  "tag" => [
    "a",
    "b",
  ],
  "meta" => HTTP::FormData::Part.new("{\"k\":\"v\"}", content_type: "application/json"),
  "danger" => "\"; $(id) \#{x} \\(y) '",
})

response = HTTP
  .headers("Content-Type" => form.content_type)
  .request(:post, url, body: form)
puts response.body
