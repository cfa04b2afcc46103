import asyncio

import aiohttp

url = "{{baseUrl}}/me"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url, auth=aiohttp.BasicAuth("{{username}}", "{{password}}")) as response:
            print(await response.text())


asyncio.run(main())
