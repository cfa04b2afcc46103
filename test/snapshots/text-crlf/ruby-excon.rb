require "excon"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = "line one\r\nline two\r\n"

connection = Excon.new(url)
response = connection.request(method: "POST", headers: headers, body: body)
puts response.body
