require "http/client"

response = HTTP::Client.post("{{baseUrl}}/jobs/42/run")
puts response.body
