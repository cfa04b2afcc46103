import asyncio

import aiohttp

url = "{{baseUrl}}/i18n"

headers = {
    "X-Name": "Zoë ✓ 😀",
    "X-Latin": "café",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url, headers=headers) as response:
            print(await response.text())


asyncio.run(main())
