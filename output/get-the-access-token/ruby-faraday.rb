require "faraday"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = "{{authPath}}/{{envID}}/as/token".gsub(/[{}]/, "{" => "%7B", "}" => "%7D")

conn = Faraday.new

headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}"

response = conn.run_request(:post, url, body, headers)
puts response.body
