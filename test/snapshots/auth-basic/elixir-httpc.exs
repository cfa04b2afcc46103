:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/me"
headers = [
  {~c"Authorization", ~c"Basic YW5uOnBAc3M6d8O2cmQ="}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
