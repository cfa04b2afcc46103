import urllib3

url = "{{baseUrl}}/reports"

headers = {
    "X-API-Key": "k3y$#{x}",
}

http = urllib3.PoolManager()
response = http.request("GET", url, headers=headers)

print(response.data.decode())
