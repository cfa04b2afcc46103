require "rest-client"

url = "{{baseUrl}}/upload"
# The fields in order, as [name, value] pairs: a repeated name is sent each time.
payload = RestClient::Payload::Multipart.new([
  ["title", "Hello"],
  ["bio", "line 1\nline 2\r\nline 3"],
  ["name", "Zoë 😀"],
  ["tag", "a"],
  ["tag", "b"],
  ["meta", "{\"k\":\"v\"}"],
  ["danger", "\"; $(id) \#{x} \\(y) '"],
])

response = RestClient::Request.execute(
  method: :post,
  url: url,
  payload: payload,
)
puts response.body
