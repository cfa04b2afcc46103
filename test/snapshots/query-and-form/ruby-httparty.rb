require "httparty"

url = "{{baseUrl}}/login?next=/home&lang=en"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "user=ann%40example.com&pass=p%40ss%20w0rd%26"

response = HTTParty.post(
  url,
  headers: headers,
  body: body,
)
puts response.body
