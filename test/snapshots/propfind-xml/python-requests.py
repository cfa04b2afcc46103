import requests

url = "{{baseUrl}}/dav/"

payload = """<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
"""
headers = {
  'Depth': '1',
  'Content-Type': 'application/xml'
}

response = requests.request("PROPFIND", url, headers=headers, data=payload)

print(response.text)
