import asyncio

import aiohttp

url = "{{baseUrl}}/tags"

headers = [
    ("X-Tag", "alpha"),
    ("Accept", "text/plain"),
    ("X-Tag", "beta"),
    ("X-Tag", "gamma"),
]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url, headers=headers) as response:
            print(await response.text())


asyncio.run(main())
