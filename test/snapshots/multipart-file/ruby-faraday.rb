require "faraday"
# Faraday 2: add the faraday-multipart gem and require "faraday/multipart".

url = "{{baseUrl}}/upload"

conn = Faraday.new do |f|
  # flat_encode: a repeated field keeps its name (not "name[]").
  f.request :multipart, flat_encode: true
end

headers = {
  # The multipart middleware adds its boundary to this type.
  "Content-Type" => "multipart/form-data",
}
body = {
  "description" => "A text file",
  "document" => Faraday::FilePart.new("upload.txt", "text/plain", "upload.txt"),
  "after" => "file"
}

response = conn.run_request(:post, url, body, headers)
puts response.body
