from pathlib import Path

import urllib3

url = "{{baseUrl}}/profile"

fields = [
    ("name", "Ada"),
    ("tag", "a"),
    ("tag", "b"),
    ("avatar", ("upload.txt", Path("upload.txt").read_bytes(), "text/plain")),
]

headers = {
    "X-Request-Id": "42",
}

http = urllib3.PoolManager()
response = http.request("PUT", url, headers=headers, fields=fields)

print(response.data.decode())
