import asyncio

import aiohttp

url = "{{baseUrl}}/pets"

payload = '{"name": "{{petName}}", "tag": "dog"}'

headers = {
    "Content-Type": "application/json",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, headers=headers, data=payload, auth=aiohttp.BasicAuth("{{basicAuthUsername}}", "{{basicAuthPassword}}")) as response:
            print(await response.text())


asyncio.run(main())
