require "http"

url = "{{baseUrl}}/pets"
headers = {
  "Content-Type" => "application/json",
}
body = "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"

response = HTTP
  .basic_auth(user: "{{basicAuthUsername}}", pass: "{{basicAuthPassword}}")
  .headers(headers)
  .request(:post, url, body: body)
puts response.body
