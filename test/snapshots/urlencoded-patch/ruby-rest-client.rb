require "rest-client"

url = "{{baseUrl}}/settings"
headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
payload = "theme=dark%20mode&tag=a%26b&tag=c"

response = RestClient::Request.execute(
  method: :patch,
  url: url,
  headers: headers,
  payload: payload,
)
puts response.body
