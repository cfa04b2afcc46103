require "excon"

url = "{{baseUrl}}/me"

connection = Excon.new(url,
  user: "{{username}}",
  password: "{{password}}",
)
response = connection.request(method: "GET")
puts response.body
