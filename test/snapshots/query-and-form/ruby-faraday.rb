require "faraday"

# Faraday reads a query into a Hash and writes it again its own way (sorted, a space as "+", a comma
# as "%2C"): this params encoder keeps the query as written.
module QueryAsWritten
  def self.decode(query)
    { query => nil }
  end

  def self.encode(params)
    params.keys.join("&")
  end
end

url = "{{baseUrl}}/login?next=/home&lang=en"

conn = Faraday.new(request: { params_encoder: QueryAsWritten })

headers = {
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "user=ann%40example.com&pass=p%40ss%20w0rd%26"

response = conn.run_request(:post, url, body, headers)
puts response.body
