import http.client
from pathlib import Path
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/blobs/upload.txt")

headers = {
    "Content-Type": "application/octet-stream",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("PUT", url.path, body=Path("upload.txt").read_bytes(), headers=headers)
response = connection.getresponse()

print(response.read().decode())
