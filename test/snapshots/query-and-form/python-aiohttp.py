import asyncio

import aiohttp

url = "{{baseUrl}}/login?next=/home&lang=en"

payload = 'user=ann%40example.com&pass=p%40ss%20w0rd%26'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
