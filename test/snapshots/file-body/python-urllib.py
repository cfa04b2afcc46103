from pathlib import Path
import urllib.request

url = "{{baseUrl}}/blobs/upload.txt"

headers = {
    "Content-Type": "application/octet-stream",
}

request = urllib.request.Request(url, data=Path("upload.txt").read_bytes(), headers=headers, method="PUT")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
