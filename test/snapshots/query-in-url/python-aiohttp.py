import asyncio

import aiohttp

url = "{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url) as response:
            print(await response.text())


asyncio.run(main())
