import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/settings")

payload = 'theme=dark%20mode&tag=a%26b&tag=c'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("PATCH", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
