require "rest-client"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
payload = "line one\r\nline two\r\n"

response = RestClient::Request.execute(
  method: :post,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
