:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/"
headers = []

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
