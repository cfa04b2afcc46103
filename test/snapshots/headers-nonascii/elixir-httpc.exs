:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/i18n"
headers = [
  {~c"X-Name", :binary.bin_to_list("Zoë ✓ 😀")},
  {~c"X-Latin", :binary.bin_to_list("café")}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
