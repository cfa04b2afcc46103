require "excon"

url = "{{baseUrl}}/search"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"query\": {\"match_all\": {}}}"

connection = Excon.new(url)
response = connection.request(method: "GET", headers: headers, body: body)
puts response.body
