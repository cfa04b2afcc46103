require "http/client"

response = HTTP::Client.exec("PURGE", "{{baseUrl}}/cache/key")
puts response.body
