:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/profile"
headers = [
  {~c"X-Request-Id", ~c"42"}
]
boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
content_type = ~c"multipart/form-data; boundary=" ++ String.to_charlist(boundary)
body =
  IO.iodata_to_binary([
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"name\"", "\r\n\r\n",
    "Ada", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"tag\"", "\r\n\r\n",
    "a", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"tag\"", "\r\n\r\n",
    "b", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"avatar\"; filename=\"upload.txt\"\r\nContent-Type: text/plain", "\r\n\r\n",
    File.read!("upload.txt"), "\r\n",
    "--", boundary, "--\r\n"
  ])

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:put, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
