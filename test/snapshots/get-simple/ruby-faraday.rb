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

url = "{{baseUrl}}/v1/users?limit=10&page=2"

conn = Faraday.new(request: { params_encoder: QueryAsWritten })

headers = {
  "Accept" => "application/json",
}

response = conn.run_request(:get, url, nil, headers)
puts response.body
