import urllib.request

url = "{{baseUrl}}/empty"

headers = {
    "X-Empty": "",
    "X-After": "set",
}

request = urllib.request.Request(url, headers=headers, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
