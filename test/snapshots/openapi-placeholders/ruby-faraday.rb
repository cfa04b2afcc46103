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

# URI() rejects '{' and '}': the braces of the placeholders go percent-encoded.
url = "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10".gsub(/[{}]/, "{" => "%7B", "}" => "%7D")

conn = Faraday.new(request: { params_encoder: QueryAsWritten })

headers = {
  "X-API-Key" => "{{api_key}}",
  "Cookie" => "session={{session_id}}; api_key={{api_key}}",
  "X-Note" => "\"; rm -rf ~; \"",
  "Authorization" => "Bearer {{bearerAuth}}",
}

response = conn.run_request(:get, url, nil, headers)
puts response.body
