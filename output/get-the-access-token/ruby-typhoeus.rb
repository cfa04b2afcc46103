require "typhoeus"

url = "{{authPath}}/{{envID}}/as/token"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}"

request = Typhoeus::Request.new(
  url,
  method: :post,
  headers: headers,
  body: body,
)
response = request.run
puts response.body
