:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/tags"
headers = [
  {~c"X-Tag", ~c"alpha"},
  {~c"Accept", ~c"text/plain"},
  {~c"X-Tag", ~c"beta"},
  {~c"X-Tag", ~c"gamma"}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
