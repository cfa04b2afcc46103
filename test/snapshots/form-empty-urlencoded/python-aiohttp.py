import asyncio

import aiohttp

url = "{{baseUrl}}/settings"

payload = ''

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Keep": "yes",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("PUT", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
