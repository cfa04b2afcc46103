import asyncio

import aiohttp

url = "{{baseUrl}}/v1/users/{{userId}}"

payload = '{"name": "{{newName}}", "active": true}'

headers = {
    "If-Match": "W/\"etag-1\"",
    "X-Request-Id": "{{requestId}}",
    "Content-Type": "application/json",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("PATCH", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
