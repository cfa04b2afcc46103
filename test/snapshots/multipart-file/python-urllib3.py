from pathlib import Path

import urllib3

url = "{{baseUrl}}/upload"

fields = [
    ("description", "A text file"),
    ("document", ("upload.txt", Path("upload.txt").read_bytes(), "text/plain")),
    ("after", "file"),
]

http = urllib3.PoolManager()
response = http.request("POST", url, fields=fields)

print(response.data.decode())
