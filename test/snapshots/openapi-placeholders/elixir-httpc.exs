:inets.start()
:ssl.start()

# httpc refuses '{' and '}' in a URL: the braces of the placeholders go percent-encoded.
url = String.to_charlist(String.replace("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10", ["{", "}"], &URI.encode_www_form/1))
headers = [
  {~c"X-API-Key", ~c"{{api_key}}"},
  {~c"Cookie", ~c"session={{session_id}}; api_key={{api_key}}"},
  {~c"X-Note", ~c"\"; rm -rf ~; \""},
  {~c"Authorization", ~c"Bearer {{bearerAuth}}"}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
