:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/objects"
headers = []
boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
content_type = ~c"multipart/form-data; boundary=" ++ String.to_charlist(boundary)
body =
  IO.iodata_to_binary([
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"__proto__\"", "\r\n\r\n",
    "f1", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"constructor\"", "\r\n\r\n",
    "f2", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"prototype\"", "\r\n\r\n",
    "f3", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"toString\"", "\r\n\r\n",
    "f4", "\r\n",
    "--", boundary, "--\r\n"
  ])

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
