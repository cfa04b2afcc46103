require "excon"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = "price: $5 \#{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"

connection = Excon.new(url)
response = connection.request(method: "POST", headers: headers, body: body)
puts response.body
