require "faraday"
# Faraday 1.x; on 2.x add the faraday-multipart gem, require "faraday/multipart" and write
# Faraday::Multipart::FilePart and Faraday::Multipart::ParamPart.

url = "{{baseUrl}}/objects"

conn = Faraday.new do |f|
  # flat_encode: a repeated field keeps its name (not "name[]").
  f.request :multipart, flat_encode: true
end

headers = {
  # The multipart middleware adds its boundary to this type.
  "Content-Type" => "multipart/form-data",
}
body = {
  "__proto__" => "f1",
  "constructor" => "f2",
  "prototype" => "f3",
  "toString" => "f4"
}

response = conn.run_request(:post, url, body, headers)
puts response.body
