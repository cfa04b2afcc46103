require "typhoeus"

url = "{{baseUrl}}/pets"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"

request = Typhoeus::Request.new(
  url,
  method: :post,
  headers: headers,
  body: body,
  userpwd: "{{basicAuthUsername}}" + ":" + "{{basicAuthPassword}}",
)
response = request.run
puts response.body
