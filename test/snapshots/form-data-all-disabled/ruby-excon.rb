require "excon"

url = "{{baseUrl}}/upload"
body = ""

connection = Excon.new(url)
response = connection.request(method: "POST", body: body)
puts response.body
