require "excon"

url = "{{baseUrl}}/items"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"ids\": [1, 2, 3]}"

connection = Excon.new(url)
response = connection.request(method: "DELETE", headers: headers, body: body)
puts response.body
