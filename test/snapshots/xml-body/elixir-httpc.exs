:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/soap"
headers = [
  {~c"SOAPAction", ~c"\"urn:Add\""}
]
content_type = ~c"application/xml"
body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" <>
  "<note id='1'>\n" <>
  "  <to>Tom &amp; Jerry</to>\n" <>
  "  <body><![CDATA[a < b && c > d]]></body>\n" <>
  "</note>"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
