import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/dav/")

payload = """<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
"""

headers = {
    "Depth": "1",
    "Content-Type": "application/xml",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("PROPFIND", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
