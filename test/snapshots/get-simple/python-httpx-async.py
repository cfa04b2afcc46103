import asyncio

import httpx

url = "{{baseUrl}}/v1/users?limit=10&page=2"

headers = {
    "Accept": "application/json",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url, headers=headers)
        print(response.text)


asyncio.run(main())
