import urllib.request

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Basic YW5uOnBAc3M6d8O2cmQ=",
}

request = urllib.request.Request(url, headers=headers, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
