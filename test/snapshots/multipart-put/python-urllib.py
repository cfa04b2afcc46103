from pathlib import Path
import urllib.request

url = "{{baseUrl}}/profile"

boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
parts = [
    # (name, file name or None, content type or None, content)
    ("name", None, None, "Ada".encode()),
    ("tag", None, None, "a".encode()),
    ("tag", None, None, "b".encode()),
    ("avatar", "upload.txt", "text/plain", Path("upload.txt").read_bytes()),
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
    "X-Request-Id": "42",
    "Content-Type": "multipart/form-data; boundary=" + boundary,
}

request = urllib.request.Request(url, data=payload, headers=headers, method="PUT")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
