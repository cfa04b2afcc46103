import urllib.request

url = "{{baseUrl}}/status"

headers = {
    "X-Check": "yes",
}

request = urllib.request.Request(url, headers=headers, method="HEAD")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
