:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4"
headers = [
  {~c"__proto__", ~c"h1"},
  {~c"constructor", ~c"h2"},
  {~c"prototype", ~c"h3"},
  {~c"toString", ~c"h4"}
]
content_type = ~c"application/x-www-form-urlencoded"
body = "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
