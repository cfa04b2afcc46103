require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/json",
}

body = "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café \#{x}\"}}"

response = HTTP::Client.post("{{baseUrl}}/graphql", headers: headers, body: body)
puts response.body
