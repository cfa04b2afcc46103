import urllib.request

url = "{{baseUrl}}/tags"

headers = {
    "X-Tag": "alpha, beta, gamma",
    "Accept": "text/plain",
}

request = urllib.request.Request(url, headers=headers, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
