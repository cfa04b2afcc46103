require "rest-client"

url = "{{baseUrl}}/objects"
# The fields in order, as [name, value] pairs: a repeated name is sent each time.
payload = RestClient::Payload::Multipart.new([
  ["__proto__", "f1"],
  ["constructor", "f2"],
  ["prototype", "f3"],
  ["toString", "f4"],
])

response = RestClient::Request.execute(
  method: :post,
  url: url,
  payload: payload,
)
puts response.body
