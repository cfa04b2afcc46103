require "faraday"

url = "{{baseUrl}}/notes"

conn = Faraday.new

headers = {
  "Content-Type" => "text/plain",
}
body = <<'BODY'
	indented

  spaced  

BODY

response = conn.run_request(:post, url, body, headers)
puts response.body
