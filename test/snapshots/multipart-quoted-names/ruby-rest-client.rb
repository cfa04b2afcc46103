require "rest-client"

url = "{{baseUrl}}/upload"
# The fields in order, as [name, value] pairs: a repeated name is sent each time.
payload = RestClient::Payload::Multipart.new([
  ["say %22hi%22", "one"],
  ["a\\b%22c%22", "two"],
  ["doc %22main%22", File.new("upload.txt", "rb")],
  ["quoted file", File.new("q\"uote.txt", "rb")],
])

response = RestClient::Request.execute(
  method: :post,
  url: url,
  payload: payload,
)
puts response.body
