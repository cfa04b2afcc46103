require "excon"

url = "{{baseUrl}}/upload"
headers = {}

# Excon sends a body as it is given: the multipart body is written here.
boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
parts = [
  # [name, file name or nil, content type or nil, content]
  ["say %22hi%22", nil, nil, "one"],
  ["a\\b%22c%22", nil, nil, "two"],
  ["doc %22main%22", "upload.txt", "text/plain", File.binread("upload.txt")],
  ["quoted file", "q%22uote.txt", "application/octet-stream", File.binread("q\"uote.txt")],
]
# Binary (.b) pieces: a file's bytes need not be UTF-8.
body = "".b
parts.each do |name, file_name, content_type, content|
  body << ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"").b
  body << ("; filename=\"" + file_name + "\"").b if file_name
  body << ("\r\nContent-Type: " + content_type).b if content_type
  body << "\r\n\r\n".b << content.b << "\r\n".b
end
body << ("--" + boundary + "--\r\n").b
headers["Content-Type"] = "multipart/form-data; boundary=" + boundary

connection = Excon.new(url)
response = connection.request(method: "POST", headers: headers, body: body)
puts response.body
