import asyncio

import aiohttp

url = "{{baseUrl}}/items"

payload = '{"ids": [1, 2, 3]}'

headers = {
    "Content-Type": "application/json",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("DELETE", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
