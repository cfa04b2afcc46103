import urllib3

url = "{{baseUrl}}/empty"

headers = {
    "X-Empty": "",
    "X-After": "set",
}

http = urllib3.PoolManager()
response = http.request("GET", url, headers=headers)

print(response.data.decode())
