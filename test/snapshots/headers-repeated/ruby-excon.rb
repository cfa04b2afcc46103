require "excon"

url = "{{baseUrl}}/tags"
headers = {
  "X-Tag" => ["alpha", "beta", "gamma"],
  "Accept" => "text/plain",
}

connection = Excon.new(url)
response = connection.request(method: "GET", headers: headers)
puts response.body
