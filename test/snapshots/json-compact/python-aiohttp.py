import asyncio

import aiohttp

url = "{{baseUrl}}/v1/config"

payload = '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}'

headers = {
    "Content-Type": "application/json",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("PUT", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
