require "rest-client"

url = "{{baseUrl}}/cache/key"

response = RestClient::Request.execute(
  method: "PURGE".downcase.to_sym,
  url: url,
)
puts response.body
