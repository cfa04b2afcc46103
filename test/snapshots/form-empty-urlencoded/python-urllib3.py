import urllib3

url = "{{baseUrl}}/settings"

payload = ''

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Keep": "yes",
}

http = urllib3.PoolManager()
response = http.request("PUT", url, headers=headers, body=payload)

print(response.data.decode())
