:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/settings"
headers = [
  {~c"X-Keep", ~c"yes"}
]
content_type = ~c"application/x-www-form-urlencoded"
body = ""

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:put, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
