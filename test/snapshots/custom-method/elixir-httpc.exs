:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/cache/key"
# httpc sends only its own methods: this one goes as POST, named in X-HTTP-Method-Override.
headers = [
  {~c"X-HTTP-Method-Override", ~c"PURGE"}
]
content_type = ~c""
body = ""

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
