require "rest-client"

url = "{{baseUrl}}/profile"
headers = {
  "X-Request-Id" => "42",
}
# The fields in order, as [name, value] pairs: a repeated name is sent each time.
payload = RestClient::Payload::Multipart.new([
  ["name", "Ada"],
  ["tag", "a"],
  ["tag", "b"],
  ["avatar", File.new("upload.txt", "rb")],
])

response = RestClient::Request.execute(
  method: :put,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
