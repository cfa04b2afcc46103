:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/me"
credentials = Base.encode64("{{username}}" <> ":" <> "{{password}}")
headers = [
  {~c"Authorization", ~c"Basic " ++ String.to_charlist(credentials)}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
