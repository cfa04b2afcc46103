require "rest-client"

url = "{{baseUrl}}/login?next=/home&lang=en"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
payload = "user=ann%40example.com&pass=p%40ss%20w0rd%26"

response = RestClient::Request.execute(
  method: :post,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
