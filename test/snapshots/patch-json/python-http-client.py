import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/v1/users/{{userId}}")

payload = '{"name": "{{newName}}", "active": true}'

headers = {
    "If-Match": "W/\"etag-1\"",
    "X-Request-Id": "{{requestId}}",
    "Content-Type": "application/json",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("PATCH", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
