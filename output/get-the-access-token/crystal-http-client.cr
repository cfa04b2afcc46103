require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/x-www-form-urlencoded",
}

body = "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}"

response = HTTP::Client.post("{{authPath}}/{{envID}}/as/token", headers: headers, body: body)
puts response.body
