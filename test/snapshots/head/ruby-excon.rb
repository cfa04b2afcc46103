require "excon"

url = "{{baseUrl}}/status"
headers = {
  "X-Check" => "yes",
}

connection = Excon.new(url)
response = connection.request(method: "HEAD", headers: headers)
puts response.body
