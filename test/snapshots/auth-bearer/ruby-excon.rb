require "excon"

url = "{{baseUrl}}/me"
headers = {
  "Authorization" => "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}

connection = Excon.new(url)
response = connection.request(method: "GET", headers: headers)
puts response.body
