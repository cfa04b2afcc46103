import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/upload")

payload = ''

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path, body=payload)
response = connection.getresponse()

print(response.read().decode())
