require "http/client"

headers = HTTP::Headers{
  "X-Shell" => "\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s",
  "X-Quotes" => "'single' \"double\" `back` \\back\\slash\\",
  "X-Interp" => "\#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}",
  "X-Comment" => "*/ /* // # -- <!-- ?>",
}

response = HTTP::Client.get("{{baseUrl}}/echo", headers: headers)
puts response.body
