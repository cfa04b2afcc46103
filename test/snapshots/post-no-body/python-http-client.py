import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/jobs/42/run")

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path)
response = connection.getresponse()

print(response.read().decode())
