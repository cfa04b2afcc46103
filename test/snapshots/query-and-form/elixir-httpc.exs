:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/login?next=/home&lang=en"
headers = []
content_type = ~c"application/x-www-form-urlencoded"
body = "user=ann%40example.com&pass=p%40ss%20w0rd%26"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
