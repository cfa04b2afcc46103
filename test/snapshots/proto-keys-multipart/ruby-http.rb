require "http"

url = "{{baseUrl}}/objects"
# A Multipart, not `form:`, so that a form of text fields alone is multipart too.
form = HTTP::FormData::Multipart.new({
  "__proto__" => "f1",
  "constructor" => "f2",
  "prototype" => "f3",
  "toString" => "f4",
})

response = HTTP
  .headers("Content-Type" => form.content_type)
  .request(:post, url, body: form)
puts response.body
