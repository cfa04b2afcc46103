import asyncio

import aiohttp

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Basic YW5uOnBAc3M6d8O2cmQ=",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url, headers=headers) as response:
            print(await response.text())


asyncio.run(main())
