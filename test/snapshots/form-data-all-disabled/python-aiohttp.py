import asyncio

import aiohttp

url = "{{baseUrl}}/upload"

payload = ''


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, data=payload, skip_auto_headers=["Content-Type"]) as response:
            print(await response.text())


asyncio.run(main())
