:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/echo"
headers = [
  {~c"X-Shell", ~c"\"; rm -rf ~; \" $(id) `id` \#{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s"},
  {~c"X-Quotes", ~c"'single' \"double\" `back` \\back\\slash\\"},
  {~c"X-Interp", ~c"\#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}"},
  {~c"X-Comment", ~c"*/ /* // # -- <!-- ?>"}
]

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:get, {url, headers}, [], body_format: :binary)

IO.puts(response_body)
