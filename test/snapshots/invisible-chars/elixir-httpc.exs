:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/inv"
headers = [
  {~c"X-Tab", ~c"a\tb"}
]
content_type = ~c"text/plain"
body = "tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\u{1}\u{1F}\u{7F}del\u{85}nel"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
