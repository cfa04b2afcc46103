import urllib3

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}

http = urllib3.PoolManager()
response = http.request("GET", url, headers=headers)

print(response.data.decode())
