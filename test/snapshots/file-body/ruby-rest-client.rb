require "rest-client"

url = "{{baseUrl}}/blobs/upload.txt"
headers = {
  "Content-Type" => "application/octet-stream",
}
payload = File.binread("upload.txt")

response = RestClient::Request.execute(
  method: :put,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
