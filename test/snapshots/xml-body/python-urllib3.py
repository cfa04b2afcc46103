import urllib3

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

http = urllib3.PoolManager()
response = http.request("POST", url, headers=headers, body=payload)

print(response.data.decode())
