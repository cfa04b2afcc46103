:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/items"
headers = []
content_type = ~c"application/json"
body = "{\"ids\": [1, 2, 3]}"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:delete, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
