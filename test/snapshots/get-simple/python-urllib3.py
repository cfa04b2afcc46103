import urllib3

url = "{{baseUrl}}/v1/users?limit=10&page=2"

headers = {
    "Accept": "application/json",
}

http = urllib3.PoolManager()
response = http.request("GET", url, headers=headers)

print(response.data.decode())
