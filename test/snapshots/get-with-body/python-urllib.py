import urllib.request

url = "{{baseUrl}}/search"

payload = '{"query": {"match_all": {}}}'

headers = {
    "Content-Type": "application/json",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
