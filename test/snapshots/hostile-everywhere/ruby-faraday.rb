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

url = "{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s"

conn = Faraday.new(request: { params_encoder: QueryAsWritten })

headers = {
  "X-H" => "\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s",
  "Content-Type" => "text/plain",
}
body = <<'BODY'.chomp
"; rm -rf ~; " $(id) `id` #{system('id')} \(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s
"; rm -rf ~; " $(id) `id` #{system('id')} \(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s
BODY

response = conn.run_request(:post, url, body, headers)
puts response.body
