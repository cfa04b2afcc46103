:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2"
headers = []

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
