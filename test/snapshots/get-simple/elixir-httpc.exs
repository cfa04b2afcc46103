:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/v1/users?limit=10&page=2"
headers = [
  {~c"Accept", ~c"application/json"}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
