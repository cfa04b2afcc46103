require "faraday"
# Faraday 1.x; on 2.x add the faraday-multipart gem, require "faraday/multipart" and write
# Faraday::Multipart::FilePart and Faraday::Multipart::ParamPart.

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
  "title" => "Hello",
  "bio" => "line 1\nline 2\r\nline 3",
  "name" => "Zoë 😀",
  "tag" => [
    "a",
    "b"
  ],
  "meta" => Faraday::ParamPart.new("{\"k\":\"v\"}", "application/json"),
  "danger" => "\"; $(id) \#{x} \\(y) '"
}

response = conn.run_request(:post, url, body, headers)
puts response.body
