import urllib3

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Basic YW5uOnBAc3M6d8O2cmQ=",
}

http = urllib3.PoolManager()
response = http.request("GET", url, headers=headers)

print(response.data.decode())
