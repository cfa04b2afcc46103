import asyncio

import aiohttp

url = "{{baseUrl}}/cors"

headers = {
    "Origin": "https://app.example.com",
    "Access-Control-Request-Method": "PUT",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("OPTIONS", url, headers=headers) as response:
            print(await response.text())


asyncio.run(main())
