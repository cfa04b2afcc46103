import urllib3

url = "{{baseUrl}}/items"

payload = '{"ids": [1, 2, 3]}'

headers = {
    "Content-Type": "application/json",
}

http = urllib3.PoolManager()
response = http.request("DELETE", url, headers=headers, body=payload)

print(response.data.decode())
