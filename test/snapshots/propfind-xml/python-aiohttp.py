import asyncio

import aiohttp

url = "{{baseUrl}}/dav/"

payload = """<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
"""

headers = {
    "Depth": "1",
    "Content-Type": "application/xml",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("PROPFIND", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
