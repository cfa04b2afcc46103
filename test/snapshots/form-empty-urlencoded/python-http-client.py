import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/settings")

payload = ''

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Keep": "yes",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("PUT", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
