:inets.start()
:ssl.start()

# httpc refuses '{' and '}' in a URL: the braces of the placeholders go percent-encoded.
url = String.to_charlist(String.replace("{{authPath}}/{{envID}}/as/token", ["{", "}"], &URI.encode_www_form/1))
headers = []
content_type = ~c"application/x-www-form-urlencoded"
body = "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
