import asyncio

import httpx

url = "{{baseUrl}}/cache/key"


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("PURGE", url)
        print(response.text)


asyncio.run(main())
