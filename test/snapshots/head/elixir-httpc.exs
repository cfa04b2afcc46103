:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/status"
headers = [
  {~c"X-Check", ~c"yes"}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:head, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
