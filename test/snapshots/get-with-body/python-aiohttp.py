import asyncio

import aiohttp

url = "{{baseUrl}}/search"

payload = '{"query": {"match_all": {}}}'

headers = {
    "Content-Type": "application/json",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
