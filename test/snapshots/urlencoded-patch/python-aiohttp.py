import asyncio

import aiohttp

url = "{{baseUrl}}/settings"

payload = 'theme=dark%20mode&tag=a%26b&tag=c'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("PATCH", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
