import urllib.request

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"

request = urllib.request.Request(url, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
