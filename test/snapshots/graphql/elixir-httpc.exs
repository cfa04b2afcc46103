:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/graphql"
headers = []
content_type = ~c"application/json"
body = "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café \#{x}\"}}"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
