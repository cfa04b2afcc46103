import urllib.request

url = "{{baseUrl}}/notes"

payload = 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays'

headers = {
    "Content-Type": "text/plain",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
