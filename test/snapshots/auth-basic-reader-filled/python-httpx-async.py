import asyncio

import httpx

url = "{{baseUrl}}/me"


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url, auth=("{{username}}", "{{password}}"))
        print(response.text)


asyncio.run(main())
