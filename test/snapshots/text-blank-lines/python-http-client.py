import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/notes")

payload = """\tindented

  spaced  

"""

headers = {
    "Content-Type": "text/plain",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
