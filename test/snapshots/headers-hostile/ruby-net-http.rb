require "uri"
require "net/http"

url = URI("{{baseUrl}}/echo")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = url.scheme == "https"

request = Net::HTTP::Get.new(url)
request["X-Shell"] = "\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s"
request["X-Quotes"] = "'single' \"double\" `back` \\back\\slash\\"
request["X-Interp"] = "\#{1+1} ${1+1} \\(1+1) {$x} $x @x \#$x \#@x %(x)s {0}"
request["X-Comment"] = "*/ /* // # -- <!-- ?>"

response = http.request(request)
puts response.read_body
