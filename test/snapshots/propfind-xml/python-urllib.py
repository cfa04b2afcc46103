import urllib.request

url = "{{baseUrl}}/dav/"

payload = """<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
"""

headers = {
    "Depth": "1",
    "Content-Type": "application/xml",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="PROPFIND")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
