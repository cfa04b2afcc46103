require "excon"

url = "{{baseUrl}}/empty"
headers = {
  "X-Empty" => "",
  "X-After" => "set",
}

connection = Excon.new(url)
response = connection.request(method: "GET", headers: headers)
puts response.body
