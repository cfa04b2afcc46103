:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"
headers = []

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
