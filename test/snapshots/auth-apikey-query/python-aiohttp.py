import asyncio

import aiohttp

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url) as response:
            print(await response.text())


asyncio.run(main())
