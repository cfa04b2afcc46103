import urllib.request

url = "{{baseUrl}}/inv"

payload = 'tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel'

headers = {
    "X-Tab": "a\tb",
    "Content-Type": "text/plain",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
