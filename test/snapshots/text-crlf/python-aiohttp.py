import asyncio

import aiohttp

url = "{{baseUrl}}/notes"

payload = 'line one\r\nline two\r\n'

headers = {
    "Content-Type": "text/plain",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
