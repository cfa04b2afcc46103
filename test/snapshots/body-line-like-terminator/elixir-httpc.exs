:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/notes"
headers = []
content_type = ~c"text/plain"
body = "\n" <>
  "\n" <>
  "BODYBODY\n" <>
  "  BODY2 indented\n" <>
  "EOF\n"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
