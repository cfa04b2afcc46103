:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/upload"
headers = []
boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
content_type = ~c"multipart/form-data; boundary=" ++ String.to_charlist(boundary)
body =
  IO.iodata_to_binary([
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"say %22hi%22\"", "\r\n\r\n",
    "one", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"a\\\\b%22c%22\"", "\r\n\r\n",
    "two", "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"doc %22main%22\"; filename=\"upload.txt\"\r\nContent-Type: text/plain", "\r\n\r\n",
    File.read!("upload.txt"), "\r\n",
    "--", boundary, "\r\n", "Content-Disposition: form-data; name=\"quoted file\"; filename=\"q%22uote.txt\"\r\nContent-Type: application/octet-stream", "\r\n\r\n",
    File.read!("q\"uote.txt"), "\r\n",
    "--", boundary, "--\r\n"
  ])

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
