import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/soap")

payload = """<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>"""

headers = {
    "SOAPAction": "\"urn:Add\"",
    "Content-Type": "application/xml",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
