import asyncio

import aiohttp

url = "{{baseUrl}}/cache/key"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("PURGE", url) as response:
            print(await response.text())


asyncio.run(main())
