:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/jobs/42/run"
headers = []
content_type = ~c""
body = ""

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
