import urllib3

url = "{{baseUrl}}/search"

payload = '{"query": {"match_all": {}}}'

headers = {
    "Content-Type": "application/json",
}

http = urllib3.PoolManager()
response = http.request("GET", url, headers=headers, body=payload)

print(response.data.decode())
