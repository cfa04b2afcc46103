import httpx

url = "{{baseUrl}}/dav/"

payload = """<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
"""

headers = {
    "Depth": "1",
    "Content-Type": "application/xml",
}

response = httpx.request("PROPFIND", url, headers=headers, content=payload)

print(response.text)
