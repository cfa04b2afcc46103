require "faraday"
# Faraday 2: add the faraday-multipart gem and require "faraday/multipart".

url = "{{baseUrl}}/profile"

conn = Faraday.new do |f|
  # flat_encode: a repeated field keeps its name (not "name[]").
  f.request :multipart, flat_encode: true
end

headers = {
  "X-Request-Id" => "42",
  # The multipart middleware adds its boundary to this type.
  "Content-Type" => "multipart/form-data",
}
body = {
  "name" => "Ada",
  "tag" => [
    "a",
    "b"
  ],
  "avatar" => Faraday::FilePart.new("upload.txt", "text/plain", "upload.txt")
}

response = conn.run_request(:put, url, body, headers)
puts response.body
