require "excon"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = <<'BODY'
	indented

  spaced  

BODY

connection = Excon.new(url)
response = connection.request(method: "POST", headers: headers, body: body)
puts response.body
