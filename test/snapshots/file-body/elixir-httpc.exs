:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/blobs/upload.txt"
headers = []
content_type = ~c"application/octet-stream"
body = File.read!("upload.txt")

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:put, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
