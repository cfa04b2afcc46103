require "faraday"

url = "{{baseUrl}}/echo"

conn = Faraday.new

headers = {
  "X-Shell" => "\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s",
  "X-Quotes" => "'single' \"double\" `back` \\back\\slash\\",
  "X-Interp" => "\#{1+1} ${1+1} \\(1+1) {$x} $x @x \#$x \#@x %(x)s {0}",
  "X-Comment" => "*/ /* // # -- <!-- ?>",
}

response = conn.run_request(:get, url, nil, headers)
puts response.body
