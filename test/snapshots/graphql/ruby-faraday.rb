require "faraday"

url = "{{baseUrl}}/graphql"

conn = Faraday.new

headers = {
  "Content-Type" => "application/json",
}
body = "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café \#{x}\"}}"

response = conn.run_request(:post, url, body, headers)
puts response.body
