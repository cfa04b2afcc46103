from pathlib import Path

import urllib3

url = "{{baseUrl}}/upload"

fields = [
    ("say %22hi%22", "one"),
    ("a\\b%22c%22", "two"),
    ("doc %22main%22", ("upload.txt", Path("upload.txt").read_bytes(), "text/plain")),
    ("quoted file", ("q%22uote.txt", Path("q\"uote.txt").read_bytes())),
]

http = urllib3.PoolManager()
response = http.request("POST", url, fields=fields)

print(response.data.decode())
