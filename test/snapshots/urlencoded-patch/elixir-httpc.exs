:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/settings"
headers = []
content_type = ~c"application/x-www-form-urlencoded"
body = "theme=dark%20mode&tag=a%26b&tag=c"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:patch, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
