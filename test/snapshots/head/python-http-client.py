import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/status")

headers = {
    "X-Check": "yes",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("HEAD", url.path, headers=headers)
response = connection.getresponse()

print(response.read().decode())
