require "http"

url = "{{baseUrl}}/cache/key"

response = HTTP
  .request("PURGE".downcase.to_sym, url)
puts response.body
