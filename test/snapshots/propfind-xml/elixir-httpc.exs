:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/dav/"
# httpc sends only its own methods: this one goes as POST, named in X-HTTP-Method-Override.
headers = [
  {~c"Depth", ~c"1"},
  {~c"X-HTTP-Method-Override", ~c"PROPFIND"}
]
content_type = ~c"application/xml"
body = "<?xml version=\"1.0\"?>\n" <>
  "<propfind xmlns=\"DAV:\"><allprop/></propfind>\n"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
