import urllib.request

url = "{{baseUrl}}/reports"

headers = {
    "X-API-Key": "k3y$#{x}",
}

request = urllib.request.Request(url, headers=headers, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
