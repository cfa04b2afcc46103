import asyncio

import httpx

url = "{{baseUrl}}/upload"

payload = ''


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url, content=payload)
        print(response.text)


asyncio.run(main())
