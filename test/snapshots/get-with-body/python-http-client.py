import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/search")

payload = '{"query": {"match_all": {}}}'

headers = {
    "Content-Type": "application/json",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("GET", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
