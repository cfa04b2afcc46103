import asyncio

import aiohttp

url = "{{baseUrl}}/status"

headers = {
    "X-Check": "yes",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("HEAD", url, headers=headers) as response:
            print(await response.text())


asyncio.run(main())
