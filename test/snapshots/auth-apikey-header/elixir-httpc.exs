:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/reports"
headers = [
  {~c"X-API-Key", ~c"k3y$\#{x}"}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
