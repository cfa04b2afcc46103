import urllib.request

url = "{{baseUrl}}/v1/users?limit=10&page=2"

headers = {
    "Accept": "application/json",
}

request = urllib.request.Request(url, headers=headers, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
