:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/v1/config"
headers = []
content_type = ~c"application/json"
body = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:put, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
