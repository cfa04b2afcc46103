require "rest-client"

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = "{{authPath}}/{{envID}}/as/token".gsub(/[{}]/, "{" => "%7B", "}" => "%7D")
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
payload = "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}"

response = RestClient::Request.execute(
  method: :post,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
