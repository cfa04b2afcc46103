import urllib3

url = "{{baseUrl}}/i18n"

headers = {
    "X-Name": "Zoë ✓ 😀".encode(),
    "X-Latin": "café".encode(),
}

http = urllib3.PoolManager()
response = http.request("GET", url, headers=headers)

print(response.data.decode())
