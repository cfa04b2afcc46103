import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/items")

payload = '{"ids": [1, 2, 3]}'

headers = {
    "Content-Type": "application/json",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("DELETE", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
