require "typhoeus"

url = "{{baseUrl}}/me"
headers = {
  "Authorization" => "Basic YW5uOnBAc3M6d8O2cmQ=",
}

request = Typhoeus::Request.new(
  url,
  method: :get,
  headers: headers,
)
response = request.run
puts response.body
