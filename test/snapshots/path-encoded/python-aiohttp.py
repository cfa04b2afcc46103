import asyncio

import aiohttp

url = "{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url) as response:
            print(await response.text())


asyncio.run(main())
