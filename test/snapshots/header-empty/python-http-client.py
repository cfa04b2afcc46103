import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/empty")

headers = {
    "X-Empty": "",
    "X-After": "set",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("GET", url.path, headers=headers)
response = connection.getresponse()

print(response.read().decode())
