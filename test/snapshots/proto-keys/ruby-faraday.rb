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

url = "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4"

conn = Faraday.new(request: { params_encoder: QueryAsWritten })

headers = {
  "__proto__" => "h1",
  "constructor" => "h2",
  "prototype" => "h3",
  "toString" => "h4",
  "Content-Type" => "application/x-www-form-urlencoded",
}
body = "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4"

response = conn.run_request(:post, url, body, headers)
puts response.body
