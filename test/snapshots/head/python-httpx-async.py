import asyncio

import httpx

url = "{{baseUrl}}/status"

headers = {
    "X-Check": "yes",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("HEAD", url, headers=headers)
        print(response.text)


asyncio.run(main())
