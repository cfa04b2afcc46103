import asyncio

import aiohttp

url = "{{baseUrl}}/notes"

payload = 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays'

headers = {
    "Content-Type": "text/plain",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
