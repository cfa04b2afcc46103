import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/objects")

boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
parts = [
    # (name, file name or None, content type or None, content)
    ("__proto__", None, None, "f1".encode()),
    ("constructor", None, None, "f2".encode()),
    ("prototype", None, None, "f3".encode()),
    ("toString", None, None, "f4".encode()),
]
payload = b""
for name, file_name, content_type, content in parts:
    payload += ("--" + boundary + '\r\nContent-Disposition: form-data; name="' + name + '"').encode()
    if file_name is not None:
        payload += ('; filename="' + file_name + '"').encode()
    if content_type is not None:
        payload += ("\r\nContent-Type: " + content_type).encode()
    payload += b"\r\n\r\n" + content + b"\r\n"
payload += ("--" + boundary + "--\r\n").encode()

headers = {
    "Content-Type": "multipart/form-data; boundary=" + boundary,
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
