import urllib3

url = "{{baseUrl}}/tags"

headers = {
    "X-Tag": "alpha, beta, gamma",
    "Accept": "text/plain",
}

http = urllib3.PoolManager()
response = http.request("GET", url, headers=headers)

print(response.data.decode())
