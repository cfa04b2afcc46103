import urllib.request

url = "{{baseUrl}}/cache/key"

request = urllib.request.Request(url, method="PURGE")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
