require "excon"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = "{{authPath}}/{{envID}}/as/token".gsub(/[{}]/, "{" => "%7B", "}" => "%7D")
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}"

connection = Excon.new(url)
response = connection.request(method: "POST", headers: headers, body: body)
puts response.body
