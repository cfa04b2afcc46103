import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/reports")

headers = {
    "X-API-Key": "k3y$#{x}",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("GET", url.path, headers=headers)
response = connection.getresponse()

print(response.read().decode())
