:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/pets"
credentials = Base.encode64("{{basicAuthUsername}}" <> ":" <> "{{basicAuthPassword}}")
headers = [
  {~c"Authorization", ~c"Basic " ++ String.to_charlist(credentials)}
]
content_type = ~c"application/json"
body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
