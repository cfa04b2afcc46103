import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/cache/key")

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("PURGE", url.path)
response = connection.getresponse()

print(response.read().decode())
