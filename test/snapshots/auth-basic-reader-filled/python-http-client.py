import base64
import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/me")

headers = {
    "Authorization": "Basic " + base64.b64encode("{{username}}:{{password}}".encode()).decode(),
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("GET", url.path, headers=headers)
response = connection.getresponse()

print(response.read().decode())
