import urllib.request

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}

request = urllib.request.Request(url, headers=headers, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
