import urllib.request

url = "{{baseUrl}}/cors"

headers = {
    "Origin": "https://app.example.com",
    "Access-Control-Request-Method": "PUT",
}

request = urllib.request.Request(url, headers=headers, method="OPTIONS")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
