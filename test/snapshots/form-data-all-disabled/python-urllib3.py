import urllib3

url = "{{baseUrl}}/upload"

payload = ''

http = urllib3.PoolManager()
response = http.request("POST", url, body=payload)

print(response.data.decode())
