import urllib.request

url = "{{baseUrl}}/items"

payload = '{"ids": [1, 2, 3]}'

headers = {
    "Content-Type": "application/json",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="DELETE")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
