import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/echo")

headers = {
    "X-Shell": "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s",
    "X-Quotes": "'single' \"double\" `back` \\back\\slash\\",
    "X-Interp": "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}",
    "X-Comment": "*/ /* // # -- <!-- ?>",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("GET", url.path, headers=headers)
response = connection.getresponse()

print(response.read().decode())
