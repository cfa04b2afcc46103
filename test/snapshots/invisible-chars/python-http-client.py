import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/inv")

payload = 'tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel'

headers = {
    "X-Tab": "a\tb",
    "Content-Type": "text/plain",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path, body=payload.encode(), headers=headers)
response = connection.getresponse()

print(response.read().decode())
