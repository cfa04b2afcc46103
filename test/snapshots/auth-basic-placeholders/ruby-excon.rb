require "excon"

url = "{{baseUrl}}/pets"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"

connection = Excon.new(url,
  user: "{{basicAuthUsername}}",
  password: "{{basicAuthPassword}}",
)
response = connection.request(method: "POST", headers: headers, body: body)
puts response.body
