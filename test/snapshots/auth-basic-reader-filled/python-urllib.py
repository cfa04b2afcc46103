import base64
import urllib.request

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Basic " + base64.b64encode("{{username}}:{{password}}".encode()).decode(),
}

request = urllib.request.Request(url, headers=headers, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
