:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/search"
headers = []
# httpc refuses a body on this method: the request is sent without one.

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
