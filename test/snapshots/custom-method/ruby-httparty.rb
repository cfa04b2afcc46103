require "httparty"

url = "{{baseUrl}}/cache/key"

response = HTTParty.send("PURGE".downcase,
  url,
)
puts response.body
