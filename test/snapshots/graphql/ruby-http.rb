require "http"

url = "{{baseUrl}}/graphql"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café \#{x}\"}}"

response = HTTP
  .headers(headers)
  .request(:post, url, body: body)
puts response.body
