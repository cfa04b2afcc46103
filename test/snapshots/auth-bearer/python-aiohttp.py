import asyncio

import aiohttp

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url, headers=headers) as response:
            print(await response.text())


asyncio.run(main())
