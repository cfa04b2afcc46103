require "uri"
require "net/http"

url = URI("{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Post.new(url)
request["X-H"] = "\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s"
request["Content-Type"] = "text/plain"
request.body = <<'BODY'.chomp
"; rm -rf ~; " $(id) `id` #{system('id')} \(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s
"; rm -rf ~; " $(id) `id` #{system('id')} \(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s
BODY

response = http.request(request)
puts response.read_body
