:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/empty"
headers = [
  {~c"X-Empty", ~c""},
  {~c"X-After", ~c"set"}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
