import urllib.request

url = "{{baseUrl}}/soap"

payload = """<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>"""

headers = {
    "SOAPAction": "\"urn:Add\"",
    "Content-Type": "application/xml",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
