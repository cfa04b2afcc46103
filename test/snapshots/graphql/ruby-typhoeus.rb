require "typhoeus"

url = "{{baseUrl}}/graphql"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café \#{x}\"}}"

request = Typhoeus::Request.new(
  url,
  method: :post,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
