import urllib3

url = "{{baseUrl}}/status"

headers = {
    "X-Check": "yes",
}

http = urllib3.PoolManager()
response = http.request("HEAD", url, headers=headers)

print(response.data.decode())
