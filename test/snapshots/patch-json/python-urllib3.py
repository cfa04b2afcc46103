import urllib3

url = "{{baseUrl}}/v1/users/{{userId}}"

payload = '{"name": "{{newName}}", "active": true}'

headers = {
    "If-Match": "W/\"etag-1\"",
    "X-Request-Id": "{{requestId}}",
    "Content-Type": "application/json",
}

http = urllib3.PoolManager()
response = http.request("PATCH", url, headers=headers, body=payload)

print(response.data.decode())
