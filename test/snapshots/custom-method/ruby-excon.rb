require "excon"

url = "{{baseUrl}}/cache/key"

connection = Excon.new(url)
response = connection.request(method: "PURGE")
puts response.body
