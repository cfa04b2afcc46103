:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/me"
headers = [
  {~c"Authorization", ~c"Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
