require "typhoeus"

url = "{{baseUrl}}/upload"
headers = {}

# libcurl's form API would type a file by its extension and a text field not at all: the multipart body is written here.
boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
parts = [
  # [name, file name or nil, content type or nil, content]
  ["title", nil, nil, "Hello"],
  ["bio", nil, nil, "line 1\nline 2\r\nline 3"],
  ["name", nil, nil, "Zoë 😀"],
  ["tag", nil, nil, "a"],
  ["tag", nil, nil, "b"],
  ["meta", nil, "application/json", "{\"k\":\"v\"}"],
  ["danger", nil, nil, "\"; $(id) \#{x} \\(y) '"],
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

request = Typhoeus::Request.new(
  url,
  method: :post,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
