:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/upload"
headers = []
boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
content_type = ~c"multipart/form-data; boundary=" ++ String.to_charlist(boundary)
body =
  IO.iodata_to_binary([
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"description\"", "\r\n\r\n",
    "A text file", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"document\"; filename=\"upload.txt\"\r\nContent-Type: text/plain", "\r\n\r\n",
    File.read!("upload.txt"), "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"after\"", "\r\n\r\n",
    "file", "\r\n",
    "--", boundary, "--\r\n"
  ])

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
