import asyncio

import aiohttp

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


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
