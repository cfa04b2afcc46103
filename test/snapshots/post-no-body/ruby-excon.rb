require "excon"

url = "{{baseUrl}}/jobs/42/run"

connection = Excon.new(url)
response = connection.request(method: "POST")
puts response.body
