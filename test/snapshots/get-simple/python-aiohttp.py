import asyncio

import aiohttp

url = "{{baseUrl}}/v1/users?limit=10&page=2"

headers = {
    "Accept": "application/json",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url, headers=headers) as response:
            print(await response.text())


asyncio.run(main())
