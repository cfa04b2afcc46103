require "excon"

url = "{{baseUrl}}/v1/users?limit=10&page=2"
headers = {
  "Accept" => "application/json",
}

connection = Excon.new(url)
response = connection.request(method: "GET", headers: headers)
puts response.body
