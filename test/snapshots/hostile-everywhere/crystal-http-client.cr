require "http/client"

headers = HTTP::Headers{
  "X-H" => "\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s",
  "Content-Type" => "text/plain",
}

body = "\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s
\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s"

response = HTTP::Client.post("{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s", headers: headers, body: body)
puts response.body
