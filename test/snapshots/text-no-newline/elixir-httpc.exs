:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/notes"
headers = []
content_type = ~c"text/plain"
body = "price: $5 \#{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
