require "rest-client"

url = "{{baseUrl}}/upload"
# The fields in order, as [name, value] pairs: a repeated name is sent each time.
payload = RestClient::Payload::Multipart.new([
  ["description", "A text file"],
  ["document", File.new("upload.txt", "rb")],
  ["after", "file"],
])

response = RestClient::Request.execute(
  method: :post,
  url: url,
  payload: payload,
)
puts response.body
