import urllib.request

url = "{{baseUrl}}/v1/users/{{userId}}"

payload = '{"name": "{{newName}}", "active": true}'

headers = {
    "If-Match": "W/\"etag-1\"",
    "X-Request-Id": "{{requestId}}",
    "Content-Type": "application/json",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="PATCH")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
