import urllib.request

url = "{{baseUrl}}/i18n"

headers = {
    "X-Name": "Zoë ✓ 😀".encode(),
    "X-Latin": "café".encode(),
}

request = urllib.request.Request(url, headers=headers, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
