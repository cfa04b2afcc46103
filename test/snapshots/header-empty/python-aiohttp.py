import asyncio

import aiohttp

url = "{{baseUrl}}/empty"

headers = {
    "X-Empty": "",
    "X-After": "set",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url, headers=headers) as response:
            print(await response.text())


asyncio.run(main())
