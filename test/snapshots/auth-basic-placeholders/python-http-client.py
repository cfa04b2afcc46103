import base64
import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/pets")

payload = '{"name": "{{petName}}", "tag": "dog"}'

headers = {
    "Content-Type": "application/json",
    "Authorization": "Basic " + base64.b64encode("{{basicAuthUsername}}:{{basicAuthPassword}}".encode()).decode(),
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
