require "excon"

url = "{{baseUrl}}/reports"
headers = {
  "X-API-Key" => "k3y$\#{x}",
}

connection = Excon.new(url)
response = connection.request(method: "GET", headers: headers)
puts response.body
