require "excon"

url = "{{baseUrl}}/settings"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
  "X-Keep" => "yes",
}
body = ""

connection = Excon.new(url)
response = connection.request(method: "PUT", headers: headers, body: body)
puts response.body
