require "http"

url = "{{baseUrl}}/notes"
headers = {
  "Content-Type" => "text/plain",
}
body = <<'BODY'
	indented

  spaced  

BODY

response = HTTP
  .headers(headers)
  .request(:post, url, body: body)
puts response.body
