require "excon"

url = "{{baseUrl}}/me"
headers = {
  "Authorization" => "Basic YW5uOnBAc3M6d8O2cmQ=",
}

connection = Excon.new(url)
response = connection.request(method: "GET", headers: headers)
puts response.body
