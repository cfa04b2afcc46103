import httpx

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

response = httpx.request("POST", url, headers=headers, content=payload)

print(response.text)
