require "http"

url = "{{baseUrl}}/upload"
# A Multipart, not `form:`, so that a form of text fields alone is multipart too.
form = HTTP::FormData::Multipart.new({
  "description" => "A text file",
  "document" => HTTP::FormData::File.new("upload.txt", content_type: "text/plain", filename: "upload.txt"),
  "after" => "file",
})

response = HTTP
  .headers("Content-Type" => form.content_type)
  .request(:post, url, body: form)
puts response.body
