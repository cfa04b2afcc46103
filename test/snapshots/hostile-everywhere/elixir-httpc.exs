:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s"
headers = [
  {~c"X-H", ~c"\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s"}
]
content_type = ~c"text/plain"
body = "\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s\n" <>
  "\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
