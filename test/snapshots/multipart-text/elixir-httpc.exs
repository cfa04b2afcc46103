:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/upload"
headers = []
boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
content_type = ~c"multipart/form-data; boundary=" ++ String.to_charlist(boundary)
body =
  IO.iodata_to_binary([
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"title\"", "\r\n\r\n",
    "Hello", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"bio\"", "\r\n\r\n",
    "line 1\nline 2\r\nline 3", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"name\"", "\r\n\r\n",
    "Zoë 😀", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"tag\"", "\r\n\r\n",
    "a", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"tag\"", "\r\n\r\n",
    "b", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json", "\r\n\r\n",
    "{\"k\":\"v\"}", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"danger\"", "\r\n\r\n",
    "\"; $(id) \#{x} \\(y) '", "\r\n",
    "--", boundary, "--\r\n"
  ])

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
