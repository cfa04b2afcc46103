import asyncio

import aiohttp

url = "{{baseUrl}}/jobs/42/run"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, skip_auto_headers=["Content-Type"]) as response:
            print(await response.text())


asyncio.run(main())
