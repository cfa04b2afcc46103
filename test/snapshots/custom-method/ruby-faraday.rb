require "faraday"

url = "{{baseUrl}}/cache/key"

conn = Faraday.new


response = conn.run_request("PURGE".downcase.to_sym, url, nil, nil)
puts response.body
