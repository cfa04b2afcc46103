require "http/client"

response = HTTP::Client.get("{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/")
puts response.body
