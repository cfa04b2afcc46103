:inets.start()
:ssl.start()

# httpc refuses '{' and '}' in a URL: the braces of the placeholders go percent-encoded.
url = String.to_charlist(String.replace("{{baseUrl}}/v1/users/{{userId}}", ["{", "}"], &URI.encode_www_form/1))
headers = [
  {~c"If-Match", ~c"W/\"etag-1\""},
  {~c"X-Request-Id", ~c"{{requestId}}"}
]
content_type = ~c"application/json"
body = "{\"name\": \"{{newName}}\", \"active\": true}"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:patch, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
