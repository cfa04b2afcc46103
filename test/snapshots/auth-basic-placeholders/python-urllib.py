import base64
import urllib.request

url = "{{baseUrl}}/pets"

payload = '{"name": "{{petName}}", "tag": "dog"}'

headers = {
    "Content-Type": "application/json",
    "Authorization": "Basic " + base64.b64encode("{{basicAuthUsername}}:{{basicAuthPassword}}".encode()).decode(),
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
