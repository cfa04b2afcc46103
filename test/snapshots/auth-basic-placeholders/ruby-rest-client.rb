require "rest-client"

url = "{{baseUrl}}/pets"
headers = {
  "Content-Type" => "application/json",
}
payload = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"

response = RestClient::Request.execute(
  method: :post,
  url: url,
  headers: headers,
  payload: payload,
  user: "{{basicAuthUsername}}",
  password: "{{basicAuthPassword}}",
)
puts response.body
