import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/v1/users?limit=10&page=2")

headers = {
    "Accept": "application/json",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("GET", url.path + "?" + url.query, headers=headers)
response = connection.getresponse()

print(response.read().decode())
