import asyncio

import aiohttp

url = "{{baseUrl}}/inv"

payload = 'tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel'

headers = {
    "X-Tab": "a\tb",
    "Content-Type": "text/plain",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
