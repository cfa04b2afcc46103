import urllib.request

url = "{{baseUrl}}/upload"

request = urllib.request.Request(url, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
