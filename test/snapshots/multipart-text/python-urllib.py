import urllib.request

url = "{{baseUrl}}/upload"

boundary = "snipforge-boundary-7MA4YWxkTrZu0gW"
parts = [
    # (name, file name or None, content type or None, content)
    ("title", None, None, "Hello".encode()),
    ("bio", None, None, "line 1\nline 2\r\nline 3".encode()),
    ("name", None, None, "Zoë 😀".encode()),
    ("tag", None, None, "a".encode()),
    ("tag", None, None, "b".encode()),
    ("meta", None, "application/json", "{\"k\":\"v\"}".encode()),
    ("danger", None, None, "\"; $(id) #{x} \\(y) '".encode()),
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

request = urllib.request.Request(url, data=payload, headers=headers, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
