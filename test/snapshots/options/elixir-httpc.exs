:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/cors"
headers = [
  {~c"Origin", ~c"https://app.example.com"},
  {~c"Access-Control-Request-Method", ~c"PUT"}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:options, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
