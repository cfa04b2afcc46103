require "excon"

url = "{{baseUrl}}/v1/config"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"

connection = Excon.new(url)
response = connection.request(method: "PUT", headers: headers, body: body)
puts response.body
