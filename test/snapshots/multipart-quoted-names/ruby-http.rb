require "http"

url = "{{baseUrl}}/upload"
# A Multipart, not `form:`, so that a form of text fields alone is multipart too.
form = HTTP::FormData::Multipart.new({
  "say %22hi%22" => "one",
  "a\\b%22c%22" => "two",
  "doc %22main%22" => HTTP::FormData::File.new("upload.txt", content_type: "text/plain", filename: "upload.txt"),
  "quoted file" => HTTP::FormData::File.new("q\"uote.txt", filename: "q%22uote.txt"),
})

response = HTTP
  .headers("Content-Type" => form.content_type)
  .request(:post, url, body: form)
puts response.body
