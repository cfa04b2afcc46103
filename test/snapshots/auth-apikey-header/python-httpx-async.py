import asyncio

import httpx

url = "{{baseUrl}}/reports"

headers = {
    "X-API-Key": "k3y$#{x}",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url, headers=headers)
        print(response.text)


asyncio.run(main())
