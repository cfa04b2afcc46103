import urllib3

url = "{{baseUrl}}/jobs/42/run"

http = urllib3.PoolManager()
response = http.request("POST", url)

print(response.data.decode())
