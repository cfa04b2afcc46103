import asyncio

import aiohttp

url = "{{baseUrl}}/reports"

headers = {
    "X-API-Key": "k3y$#{x}",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url, headers=headers) as response:
            print(await response.text())


asyncio.run(main())
