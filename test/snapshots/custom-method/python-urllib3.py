import urllib3

url = "{{baseUrl}}/cache/key"

http = urllib3.PoolManager()
response = http.request("PURGE", url)

print(response.data.decode())
