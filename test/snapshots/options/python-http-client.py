import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/cors")

headers = {
    "Origin": "https://app.example.com",
    "Access-Control-Request-Method": "PUT",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("OPTIONS", url.path, headers=headers)
response = connection.getresponse()

print(response.read().decode())
