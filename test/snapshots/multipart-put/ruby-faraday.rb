require "faraday"
# Faraday 1.x; on 2.x add the faraday-multipart gem, require "faraday/multipart" and write
# Faraday::Multipart::FilePart and Faraday::Multipart::ParamPart.

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
