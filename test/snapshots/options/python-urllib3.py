import urllib3

url = "{{baseUrl}}/cors"

headers = {
    "Origin": "https://app.example.com",
    "Access-Control-Request-Method": "PUT",
}

http = urllib3.PoolManager()
response = http.request("OPTIONS", url, headers=headers)

print(response.data.decode())
