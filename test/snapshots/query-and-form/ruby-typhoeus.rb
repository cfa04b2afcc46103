require "typhoeus"

url = "{{baseUrl}}/login?next=/home&lang=en"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "user=ann%40example.com&pass=p%40ss%20w0rd%26"

request = Typhoeus::Request.new(
  url,
  method: :post,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
