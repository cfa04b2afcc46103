from pathlib import Path

import urllib3

url = "{{baseUrl}}/blobs/upload.txt"

headers = {
    "Content-Type": "application/octet-stream",
}

http = urllib3.PoolManager()
response = http.request("PUT", url, headers=headers, body=Path("upload.txt").read_bytes())

print(response.data.decode())
