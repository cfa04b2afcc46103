require "excon"

url = "{{baseUrl}}/settings"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "theme=dark%20mode&tag=a%26b&tag=c"

connection = Excon.new(url)
response = connection.request(method: "PATCH", headers: headers, body: body)
puts response.body
