import urllib3

url = "{{baseUrl}}/dav/"

payload = """<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
"""

headers = {
    "Depth": "1",
    "Content-Type": "application/xml",
}

http = urllib3.PoolManager()
response = http.request("PROPFIND", url, headers=headers, body=payload)

print(response.data.decode())
