import urllib.request

url = "{{baseUrl}}/jobs/42/run"

request = urllib.request.Request(url, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
