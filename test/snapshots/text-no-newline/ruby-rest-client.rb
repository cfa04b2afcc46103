require "rest-client"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
payload = "price: $5 \#{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"

response = RestClient::Request.execute(
  method: :post,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
