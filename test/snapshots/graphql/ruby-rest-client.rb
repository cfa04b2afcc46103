require "rest-client"

url = "{{baseUrl}}/graphql"
headers = {
  "Content-Type" => "application/json",
}
payload = "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café \#{x}\"}}"

response = RestClient::Request.execute(
  method: :post,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
